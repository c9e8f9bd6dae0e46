"""components models: Unit1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["UNIT1_VALUES", "Unit1", "decode_unit1"]


Unit1 = Literal["day", "week", "month", "year"]


UNIT1_VALUES = frozenset(("day", "week", "month", "year"))


def decode_unit1(data: Any) -> Unit1:
    if data.__class__ is str and data in UNIT1_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UNIT1_VALUES)
