"""components models: FinishReason"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["FINISH_REASON_VALUES", "FinishReason", "decode_finish_reason"]


FinishReason = Literal["stop", "length", "content_filter", "tool_calls"]
"""The reason the model stopped generating tokens."""


FINISH_REASON_VALUES = frozenset(("stop", "length", "content_filter", "tool_calls"))


def decode_finish_reason(data: Any) -> FinishReason:
    if data.__class__ is str and data in FINISH_REASON_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, FINISH_REASON_VALUES)
