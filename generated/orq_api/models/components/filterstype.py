"""components models: FiltersType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["FILTERS_TYPE_VALUES", "FiltersType", "decode_filters_type"]


FiltersType = Literal["id"]


FILTERS_TYPE_VALUES = frozenset(("id",))


def decode_filters_type(data: Any) -> FiltersType:
    if data.__class__ is str and data in FILTERS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, FILTERS_TYPE_VALUES)
