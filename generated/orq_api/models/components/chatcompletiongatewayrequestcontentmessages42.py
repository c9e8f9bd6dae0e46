"""components models: ChatCompletionGatewayRequestContentMessages42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .chatcompletiongatewayrequest2messages41 import (
    ChatCompletionGatewayRequest2Messages41,
)
from .chatcompletiongatewayrequest2messages42 import (
    ChatCompletionGatewayRequest2Messages42,
)

ChatCompletionGatewayRequestContentMessages42 = Union[
    "ChatCompletionGatewayRequest2Messages41", "ChatCompletionGatewayRequest2Messages42"
]
""""""


def decode_chat_completion_gateway_request_content_messages42(
    data: Any,
) -> ChatCompletionGatewayRequestContentMessages42:
    errors: List[ValidationError] = []
    try:
        return ChatCompletionGatewayRequest2Messages41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return ChatCompletionGatewayRequest2Messages42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_chat_completion_gateway_request_content_messages42(
    value: ChatCompletionGatewayRequestContentMessages42,
) -> Any:
    return value.to_dict()
