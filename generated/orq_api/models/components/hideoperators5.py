"""components models: HideOperators5"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["HIDE_OPERATORS5_VALUES", "HideOperators5", "decode_hide_operators5"]


HideOperators5 = Literal[
    "is",
    "is_before",
    "is_on_or_before",
    "is_between",
    "is_relative_today",
    "is_relative_time",
    "is_empty",
    "is_not_empty",
]


HIDE_OPERATORS5_VALUES = frozenset(
    (
        "is",
        "is_before",
        "is_on_or_before",
        "is_between",
        "is_relative_today",
        "is_relative_time",
        "is_empty",
        "is_not_empty",
    )
)


def decode_hide_operators5(data: Any) -> HideOperators5:
    if data.__class__ is str and data in HIDE_OPERATORS5_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, HIDE_OPERATORS5_VALUES)
