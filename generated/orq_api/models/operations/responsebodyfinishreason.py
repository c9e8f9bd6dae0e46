"""operations models: ResponseBodyFinishReason"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "RESPONSE_BODY_FINISH_REASON_VALUES",
    "ResponseBodyFinishReason",
    "decode_response_body_finish_reason",
]


ResponseBodyFinishReason = Literal["stop", "length", "content_filter", "tool_calls"]
"""The reason the model stopped generating tokens."""


RESPONSE_BODY_FINISH_REASON_VALUES = frozenset(
    ("stop", "length", "content_filter", "tool_calls")
)


def decode_response_body_finish_reason(data: Any) -> ResponseBodyFinishReason:
    if data.__class__ is str and data in RESPONSE_BODY_FINISH_REASON_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RESPONSE_BODY_FINISH_REASON_VALUES)
