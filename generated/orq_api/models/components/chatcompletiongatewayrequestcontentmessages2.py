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
""""""


def decode_chat_completion_gateway_request_content_messages2(
    data: Any,
) -> ChatCompletionGatewayRequestContentMessages2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return ChatCompletionGatewayRequest2Messages1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return ChatCompletionGatewayRequest2Messages2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(ChatCompletionGatewayRequest2Messages1.from_dict, data),
            _rt.error_of(ChatCompletionGatewayRequest2Messages2.from_dict, data),
        ]
    )


def encode_chat_completion_gateway_request_content_messages2(
    value: ChatCompletionGatewayRequestContentMessages2,
) -> Any:
    return value.to_dict()
