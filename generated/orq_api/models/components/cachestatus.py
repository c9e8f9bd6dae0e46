"""components models: CacheStatus"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["CACHE_STATUS_VALUES", "CacheStatus", "decode_cache_status"]


CacheStatus = Literal["HIT", "MISS"]


CACHE_STATUS_VALUES = frozenset(("HIT", "MISS"))


def decode_cache_status(data: Any) -> CacheStatus:
    if data.__class__ is str and data in CACHE_STATUS_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CACHE_STATUS_VALUES)
