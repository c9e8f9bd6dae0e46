"""components models: ChatCompletionGatewaySuccessResponseFinishReason"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_FINISH_REASON_VALUES",
    "ChatCompletionGatewaySuccessResponseFinishReason",
    "decode_chat_completion_gateway_success_response_finish_reason",
]


ChatCompletionGatewaySuccessResponseFinishReason = Literal[
    "stop", "length", "content_filter", "tool_calls"
]
"""The reason the model stopped generating tokens."""


CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_FINISH_REASON_VALUES = frozenset(
    ("stop", "length", "content_filter", "tool_calls")
)


def decode_chat_completion_gateway_success_response_finish_reason(
    data: Any,
) -> ChatCompletionGatewaySuccessResponseFinishReason:
    if (
        data.__class__ is str
        and data in CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_FINISH_REASON_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, CHAT_COMPLETION_GATEWAY_SUCCESS_RESPONSE_FINISH_REASON_VALUES
    )
