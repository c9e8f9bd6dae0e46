"""components models: Unit2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["UNIT2_VALUES", "Unit2", "decode_unit2"]


Unit2 = Literal["hours_ago", "minutes_ago"]


UNIT2_VALUES = frozenset(("hours_ago", "minutes_ago"))


def decode_unit2(data: Any) -> Unit2:
    if data.__class__ is str and data in UNIT2_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UNIT2_VALUES)
