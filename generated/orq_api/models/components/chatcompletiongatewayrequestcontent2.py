"""components models: ChatCompletionGatewayRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewayrequest21 import ChatCompletionGatewayRequest21
from .chatcompletiongatewayrequest22 import ChatCompletionGatewayRequest22

__all__ = [
    "ChatCompletionGatewayRequestContent2",
    "decode_chat_completion_gateway_request_content2",
    "encode_chat_completion_gateway_request_content2",
]


ChatCompletionGatewayRequestContent2 = Union[
    ChatCompletionGatewayRequest21, ChatCompletionGatewayRequest22
]


def decode_chat_completion_gateway_request_content2(
    data: Any,
) -> ChatCompletionGatewayRequestContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return ChatCompletionGatewayRequest21.from_dict(data)
    if tag == "image_url":
        return ChatCompletionGatewayRequest22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_chat_completion_gateway_request_content2(
    value: ChatCompletionGatewayRequestContent2,
) -> Any:
    return value.to_dict()
