"""components models: RelativeTime"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["RELATIVE_TIME_VALUES", "RelativeTime", "decode_relative_time"]


RelativeTime = Literal[
    "today", "yesterday", "one_week_ago", "one_month_ago", "custom_date"
]


RELATIVE_TIME_VALUES = frozenset(
    ("today", "yesterday", "one_week_ago", "one_month_ago", "custom_date")
)


def decode_relative_time(data: Any) -> RelativeTime:
    if data.__class__ is str and data in RELATIVE_TIME_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RELATIVE_TIME_VALUES)
