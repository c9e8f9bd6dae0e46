"""components models: ChatCompletionGatewayRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .chatcompletiongatewayrequest21 import ChatCompletionGatewayRequest21
from .chatcompletiongatewayrequest22 import ChatCompletionGatewayRequest22

ChatCompletionGatewayRequestContent2 = Union[
    "ChatCompletionGatewayRequest21", "ChatCompletionGatewayRequest22"
]
""""""


def decode_chat_completion_gateway_request_content2(
    data: Any,
) -> ChatCompletionGatewayRequestContent2:
    errors: List[ValidationError] = []
    try:
        return ChatCompletionGatewayRequest21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return ChatCompletionGatewayRequest22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_chat_completion_gateway_request_content2(
    value: ChatCompletionGatewayRequestContent2,
) -> Any:
    return value.to_dict()
