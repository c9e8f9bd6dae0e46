"""components models: ChatCompletionGatewayRequestMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .messages1 import Messages1
from .messages2 import Messages2
from .messages3 import Messages3
from .messages4 import Messages4

ChatCompletionGatewayRequestMessages = Union[
    "Messages1", "Messages2", "Messages3", "Messages4"
]
""""""


def decode_chat_completion_gateway_request_messages(
    data: Any,
) -> ChatCompletionGatewayRequestMessages:
    errors: List[ValidationError] = []
    try:
        return Messages1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Messages2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Messages3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Messages4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_chat_completion_gateway_request_messages(
    value: ChatCompletionGatewayRequestMessages,
) -> Any:
    return value.to_dict()
