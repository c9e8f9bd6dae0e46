"""components models: Operator2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OPERATOR2_VALUES", "Operator2", "decode_operator2"]


Operator2 = Literal["is", "is_not", "is_empty", "is_not_empty"]


OPERATOR2_VALUES = frozenset(("is", "is_not", "is_empty", "is_not_empty"))


def decode_operator2(data: Any) -> Operator2:
    if data.__class__ is str and data in OPERATOR2_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OPERATOR2_VALUES)
