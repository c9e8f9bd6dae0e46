"""components models: FiltersDirection"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["FILTERS_DIRECTION_VALUES", "FiltersDirection", "decode_filters_direction"]


FiltersDirection = Literal["present", "past"]


FILTERS_DIRECTION_VALUES = frozenset(("present", "past"))


def decode_filters_direction(data: Any) -> FiltersDirection:
    if data.__class__ is str and data in FILTERS_DIRECTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, FILTERS_DIRECTION_VALUES)
