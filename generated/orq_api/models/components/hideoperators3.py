"""components models: HideOperators3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["HIDE_OPERATORS3_VALUES", "HideOperators3", "decode_hide_operators3"]


HideOperators3 = Literal["is", "is_not", "is_empty", "is_not_empty"]


HIDE_OPERATORS3_VALUES = frozenset(("is", "is_not", "is_empty", "is_not_empty"))


def decode_hide_operators3(data: Any) -> HideOperators3:
    if data.__class__ is str and data in HIDE_OPERATORS3_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, HIDE_OPERATORS3_VALUES)
