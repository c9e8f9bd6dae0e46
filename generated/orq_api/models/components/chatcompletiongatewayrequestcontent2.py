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
""""""


def decode_chat_completion_gateway_request_content2(
    data: Any,
) -> ChatCompletionGatewayRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return ChatCompletionGatewayRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return ChatCompletionGatewayRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(ChatCompletionGatewayRequest21.from_dict, data),
            _rt.error_of(ChatCompletionGatewayRequest22.from_dict, data),
        ]
    )


def encode_chat_completion_gateway_request_content2(
    value: ChatCompletionGatewayRequestContent2,
) -> Any:
    return value.to_dict()
