"""components models: Unit"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .unit1 import UNIT1_VALUES, Unit1, decode_unit1
from .unit2 import UNIT2_VALUES, Unit2, decode_unit2

__all__ = ["Unit", "decode_unit", "encode_unit"]


Unit = Union[Unit1, Unit2]


def decode_unit(data: Any) -> Unit:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_unit1(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_unit2(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [e0 or _rt.error_of(decode_unit1, data), e1 or _rt.error_of(decode_unit2, data)]
    )


def encode_unit(value: Unit) -> Any:
    return _rt.encode(value)
