"""components models: CacheConfigEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CACHE_CONFIG_ENCODING_FORMAT_VALUES",
    "CacheConfigEncodingFormat",
    "decode_cache_config_encoding_format",
]


CacheConfigEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


CACHE_CONFIG_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_cache_config_encoding_format(data: Any) -> CacheConfigEncodingFormat:
    if data.__class__ is str and data in CACHE_CONFIG_ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CACHE_CONFIG_ENCODING_FORMAT_VALUES)
