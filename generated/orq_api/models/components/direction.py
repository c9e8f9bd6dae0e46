"""components models: Direction"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DIRECTION_VALUES", "Direction", "decode_direction"]


Direction = Literal["asc", "desc"]
"""The direction to sort by"""


DIRECTION_VALUES = frozenset(("asc", "desc"))


def decode_direction(data: Any) -> Direction:
    if data.__class__ is str and data in DIRECTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DIRECTION_VALUES)
