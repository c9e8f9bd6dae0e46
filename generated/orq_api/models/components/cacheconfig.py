"""components models: CacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .cacheconfig1 import CacheConfig1
from .cacheconfig2 import CacheConfig2

CacheConfig = Union["CacheConfig1", "CacheConfig2"]
""""""


def decode_cache_config(data: Any) -> CacheConfig:
    errors: List[ValidationError] = []
    try:
        return CacheConfig1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return CacheConfig2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_cache_config(value: CacheConfig) -> Any:
    return value.to_dict()
