"""components models: CacheConfigModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CACHE_CONFIG_MODEL_TYPE_VALUES",
    "CacheConfigModelType",
    "decode_cache_config_model_type",
]


CacheConfigModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


CACHE_CONFIG_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_cache_config_model_type(data: Any) -> CacheConfigModelType:
    if data.__class__ is str and data in CACHE_CONFIG_MODEL_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CACHE_CONFIG_MODEL_TYPE_VALUES)
