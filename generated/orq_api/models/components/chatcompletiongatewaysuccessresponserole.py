"""components models: ChatCompletionGatewaySuccessResponseRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_ROLE_VALUES",
    "ChatCompletionGatewaySuccessResponseRole",
    "decode_chat_completion_gateway_success_response_role",
]


ChatCompletionGatewaySuccessResponseRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]


CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_chat_completion_gateway_success_response_role(
    data: Any,
) -> ChatCompletionGatewaySuccessResponseRole:
    if (
        data.__class__ is str
        and data in CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_ROLE_VALUES)
