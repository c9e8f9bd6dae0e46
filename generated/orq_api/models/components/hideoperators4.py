"""components models: HideOperators4"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["HIDE_OPERATORS4_VALUES", "HideOperators4", "decode_hide_operators4"]


HideOperators4 = Literal["contains", "does_not_contain", "is_empty", "is_not_empty"]


HIDE_OPERATORS4_VALUES = frozenset(
    ("contains", "does_not_contain", "is_empty", "is_not_empty")
)


def decode_hide_operators4(data: Any) -> HideOperators4:
    if data.__class__ is str and data in HIDE_OPERATORS4_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, HIDE_OPERATORS4_VALUES)
