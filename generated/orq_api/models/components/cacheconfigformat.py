"""components models: CacheConfigFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CACHE_CONFIG_FORMAT_VALUES",
    "CacheConfigFormat",
    "decode_cache_config_format",
]


CacheConfigFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


CACHE_CONFIG_FORMAT_VALUES = frozenset(("url", "b64_json", "text", "json_object"))


def decode_cache_config_format(data: Any) -> CacheConfigFormat:
    if data.__class__ is str and data in CACHE_CONFIG_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CACHE_CONFIG_FORMAT_VALUES)
