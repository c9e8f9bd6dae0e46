"""components models: Operator4"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OPERATOR4_VALUES", "Operator4", "decode_operator4"]


Operator4 = Literal[
    "is",
    "is_before",
    "is_on_or_before",
    "is_between",
    "is_relative_today",
    "is_relative_time",
    "is_empty",
    "is_not_empty",
]


OPERATOR4_VALUES = frozenset(
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


def decode_operator4(data: Any) -> Operator4:
    if data.__class__ is str and data in OPERATOR4_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OPERATOR4_VALUES)
