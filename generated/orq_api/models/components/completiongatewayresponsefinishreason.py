"""components models: CompletionGatewayResponseFinishReason"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "COMPLETION_GATEWAY_RESPONSE_FINISH_REASON_VALUES",
    "CompletionGatewayResponseFinishReason",
    "decode_completion_gateway_response_finish_reason",
]


CompletionGatewayResponseFinishReason = Literal[
    "stop", "length", "content_filter", "tool_calls"
]
"""The reason the model stopped generating tokens."""


COMPLETION_GATEWAY_RESPONSE_FINISH_REASON_VALUES = frozenset(
    ("stop", "length", "content_filter", "tool_calls")
)


def decode_completion_gateway_response_finish_reason(
    data: Any,
) -> CompletionGatewayResponseFinishReason:
    if (
        data.__class__ is str
        and data in COMPLETION_GATEWAY_RESPONSE_FINISH_REASON_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, COMPLETION_GATEWAY_RESPONSE_FINISH_REASON_VALUES)
