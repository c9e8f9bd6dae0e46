"""components models: CacheConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


CacheConfigType = Literal["exact"]
""""""

CACHE_CONFIG_TYPE_VALUES: frozenset[Any] = frozenset(("exact",))


def decode_cache_config_type(data: Any) -> CacheConfigType:
    if data == "exact" and type(data) is str:
        return data  # type: ignore[no-any-return]
    raise _rt.enum_error(data, CACHE_CONFIG_TYPE_VALUES)
