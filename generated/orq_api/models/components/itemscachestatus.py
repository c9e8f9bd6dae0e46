"""components models: ItemsCacheStatus"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_CACHE_STATUS_VALUES", "ItemsCacheStatus", "decode_items_cache_status"]


ItemsCacheStatus = Literal["HIT", "MISS"]


ITEMS_CACHE_STATUS_VALUES = frozenset(("HIT", "MISS"))


def decode_items_cache_status(data: Any) -> ItemsCacheStatus:
    if data.__class__ is str and data in ITEMS_CACHE_STATUS_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_CACHE_STATUS_VALUES)
