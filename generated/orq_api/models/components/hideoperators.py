"""components models: HideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .hideoperators1 import (
    HIDE_OPERATORS1_VALUES,
    HideOperators1,
    decode_hide_operators1,
)
from .hideoperators2 import (
    HIDE_OPERATORS2_VALUES,
    HideOperators2,
    decode_hide_operators2,
)
from .hideoperators3 import (
    HIDE_OPERATORS3_VALUES,
    HideOperators3,
    decode_hide_operators3,
)
from .hideoperators4 import (
    HIDE_OPERATORS4_VALUES,
    HideOperators4,
    decode_hide_operators4,
)
from .hideoperators5 import (
    HIDE_OPERATORS5_VALUES,
    HideOperators5,
    decode_hide_operators5,
)

__all__ = ["HideOperators", "decode_hide_operators", "encode_hide_operators"]


HideOperators = Union[
    HideOperators1, HideOperators2, HideOperators3, HideOperators4, HideOperators5
]


def decode_hide_operators(data: Any) -> HideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_hide_operators1(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_hide_operators2(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_hide_operators3(data)
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_hide_operators4(data)
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_hide_operators5(data)
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(decode_hide_operators1, data),
            e1 or _rt.error_of(decode_hide_operators2, data),
            e2 or _rt.error_of(decode_hide_operators3, data),
            e3 or _rt.error_of(decode_hide_operators4, data),
            e4 or _rt.error_of(decode_hide_operators5, data),
        ]
    )


def encode_hide_operators(value: HideOperators) -> Any:
    return _rt.encode(value)
