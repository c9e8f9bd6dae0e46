"""components models: Operator5"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OPERATOR5_VALUES", "Operator5", "decode_operator5"]


Operator5 = Literal[
    "equals",
    "is_not_equal",
    "is_greater_than",
    "is_less_than",
    "is_greater_than_or_equal_to",
    "is_less_than_or_equal_to",
    "is_between",
    "is_empty",
    "is_not_empty",
]


OPERATOR5_VALUES = frozenset(
    (
        "equals",
        "is_not_equal",
        "is_greater_than",
        "is_less_than",
        "is_greater_than_or_equal_to",
        "is_less_than_or_equal_to",
        "is_between",
        "is_empty",
        "is_not_empty",
    )
)


def decode_operator5(data: Any) -> Operator5:
    if data.__class__ is str and data in OPERATOR5_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OPERATOR5_VALUES)
