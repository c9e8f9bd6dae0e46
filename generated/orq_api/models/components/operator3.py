"""components models: Operator3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OPERATOR3_VALUES", "Operator3", "decode_operator3"]


Operator3 = Literal["contains", "does_not_contain", "is_empty", "is_not_empty"]


OPERATOR3_VALUES = frozenset(
    ("contains", "does_not_contain", "is_empty", "is_not_empty")
)


def decode_operator3(data: Any) -> Operator3:
    if data.__class__ is str and data in OPERATOR3_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OPERATOR3_VALUES)
