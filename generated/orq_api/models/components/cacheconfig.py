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


def decode_cache_config(data: Any) -> CacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return CacheConfig1.from_dict(data)
    if tag == "semantic":
        return CacheConfig2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_cache_config(value: CacheConfig) -> Any:
    return value.to_dict()
