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
""""""


def decode_chat_completion_gateway_request_content_messages42(
    data: Any,
) -> ChatCompletionGatewayRequestContentMessages42:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return ChatCompletionGatewayRequest2Messages41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return ChatCompletionGatewayRequest2Messages42.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(ChatCompletionGatewayRequest2Messages41.from_dict, data),
            _rt.error_of(ChatCompletionGatewayRequest2Messages42.from_dict, data),
        ]
    )


def encode_chat_completion_gateway_request_content_messages42(
    value: ChatCompletionGatewayRequestContentMessages42,
) -> Any:
    return value.to_dict()
