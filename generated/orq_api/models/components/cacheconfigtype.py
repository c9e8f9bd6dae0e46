"""components models: CacheConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["CACHE_CONFIG_TYPE_VALUES", "CacheConfigType", "decode_cache_config_type"]


CacheConfigType = Literal["exact"]


CACHE_CONFIG_TYPE_VALUES = frozenset(("exact",))


def decode_cache_config_type(data: Any) -> CacheConfigType:
    if data.__class__ is str and data in CACHE_CONFIG_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CACHE_CONFIG_TYPE_VALUES)
