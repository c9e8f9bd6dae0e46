"""components models: Operator1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OPERATOR1_VALUES", "Operator1", "decode_operator1"]


Operator1 = Literal[
    "is",
    "is_not",
    "contains",
    "does_not_contain",
    "starts_with",
    "ends_with",
    "is_empty",
    "is_not_empty",
]


OPERATOR1_VALUES = frozenset(
    (
        "is",
        "is_not",
        "contains",
        "does_not_contain",
        "starts_with",
        "ends_with",
        "is_empty",
        "is_not_empty",
    )
)


def decode_operator1(data: Any) -> Operator1:
    if data.__class__ is str and data in OPERATOR1_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OPERATOR1_VALUES)
