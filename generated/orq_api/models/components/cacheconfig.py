"""components models: CacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .cacheconfig1 import CacheConfig1
from .cacheconfig2 import CacheConfig2

__all__ = ["CacheConfig", "decode_cache_config", "encode_cache_config"]


CacheConfig = Union[CacheConfig1, CacheConfig2]
""""""


def decode_cache_config(data: Any) -> CacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return CacheConfig1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return CacheConfig2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(CacheConfig1.from_dict, data),
            _rt.error_of(CacheConfig2.from_dict, data),
        ]
    )


def encode_cache_config(value: CacheConfig) -> Any:
    return value.to_dict()
