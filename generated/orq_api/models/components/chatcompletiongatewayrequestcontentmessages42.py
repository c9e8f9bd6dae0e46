"""components models: ChatCompletionGatewayRequestContentMessages42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewayrequest2messages41 import (
    ChatCompletionGatewayRequest2Messages41,
)
from .chatcompletiongatewayrequest2messages42 import (
    ChatCompletionGatewayRequest2Messages42,
)

__all__ = [
    "ChatCompletionGatewayRequestContentMessages42",
    "decode_chat_completion_gateway_request_content_messages42",
    "encode_chat_completion_gateway_request_content_messages42",
]


ChatCompletionGatewayRequestContentMessages42 = Union[
    ChatCompletionGatewayRequest2Messages41, ChatCompletionGatewayRequest2Messages42
]


def decode_chat_completion_gateway_request_content_messages42(
    data: Any,
) -> ChatCompletionGatewayRequestContentMessages42:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return ChatCompletionGatewayRequest2Messages41.from_dict(data)
    if tag == "image_url":
        return ChatCompletionGatewayRequest2Messages42.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_chat_completion_gateway_request_content_messages42(
    value: ChatCompletionGatewayRequestContentMessages42,
) -> Any:
    return value.to_dict()
