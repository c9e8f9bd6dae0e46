"""components models: ChatCompletionGatewaySuccessResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewaysuccessresponse1 import ChatCompletionGatewaySuccessResponse1
from .chatcompletiongatewaysuccessresponse2 import ChatCompletionGatewaySuccessResponse2

__all__ = [
    "ChatCompletionGatewaySuccessResponse",
    "decode_chat_completion_gateway_success_response",
    "encode_chat_completion_gateway_success_response",
]


ChatCompletionGatewaySuccessResponse = Union[
    ChatCompletionGatewaySuccessResponse1, ChatCompletionGatewaySuccessResponse2
]


def decode_chat_completion_gateway_success_response(
    data: Any,
) -> ChatCompletionGatewaySuccessResponse:
    e0: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "id" in data
        and "choices" in data
        and "created" in data
        and "model" in data
        and "system_fingerprint" in data
        and "object" in data
        and "usage" in data
    ):
        try:
            return ChatCompletionGatewaySuccessResponse1.from_dict(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "id" in data
        and "choices" in data
        and "created" in data
        and "model" in data
        and "system_fingerprint" in data
        and "object" in data
        and "usage" in data
    ):
        try:
            return ChatCompletionGatewaySuccessResponse2.from_dict(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(ChatCompletionGatewaySuccessResponse1.from_dict, data),
            e1 or _rt.error_of(ChatCompletionGatewaySuccessResponse2.from_dict, data),
        ]
    )


def encode_chat_completion_gateway_success_response(
    value: ChatCompletionGatewaySuccessResponse,
) -> Any:
    return value.to_dict()
