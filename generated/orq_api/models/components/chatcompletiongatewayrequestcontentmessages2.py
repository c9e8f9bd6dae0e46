"""components models: ChatCompletionGatewayRequestContentMessages2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewayrequest2messages1 import (
    ChatCompletionGatewayRequest2Messages1,
)
from .chatcompletiongatewayrequest2messages2 import (
    ChatCompletionGatewayRequest2Messages2,
)

__all__ = [
    "ChatCompletionGatewayRequestContentMessages2",
    "decode_chat_completion_gateway_request_content_messages2",
    "encode_chat_completion_gateway_request_content_messages2",
]


ChatCompletionGatewayRequestContentMessages2 = Union[
    ChatCompletionGatewayRequest2Messages1, ChatCompletionGatewayRequest2Messages2
]


def decode_chat_completion_gateway_request_content_messages2(
    data: Any,
) -> ChatCompletionGatewayRequestContentMessages2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return ChatCompletionGatewayRequest2Messages1.from_dict(data)
    if tag == "image_url":
        return ChatCompletionGatewayRequest2Messages2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_chat_completion_gateway_request_content_messages2(
    value: ChatCompletionGatewayRequestContentMessages2,
) -> Any:
    return value.to_dict()
