"""components models: ChatCompletionGatewaySuccessResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .chatcompletiongatewaysuccessresponse1 import ChatCompletionGatewaySuccessResponse1
from .chatcompletiongatewaysuccessresponse2 import ChatCompletionGatewaySuccessResponse2

ChatCompletionGatewaySuccessResponse = Union[
    "ChatCompletionGatewaySuccessResponse1", "ChatCompletionGatewaySuccessResponse2"
]
""""""


def decode_chat_completion_gateway_success_response(
    data: Any,
) -> ChatCompletionGatewaySuccessResponse:
    errors: List[ValidationError] = []
    try:
        return ChatCompletionGatewaySuccessResponse1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return ChatCompletionGatewaySuccessResponse2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_chat_completion_gateway_success_response(
    value: ChatCompletionGatewaySuccessResponse,
) -> Any:
    return value.to_dict()
