"""components models: DeploymentCacheConfigModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_CACHE_CONFIG_MODEL_TYPE_VALUES",
    "DeploymentCacheConfigModelType",
    "decode_deployment_cache_config_model_type",
]


DeploymentCacheConfigModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


DEPLOYMENT_CACHE_CONFIG_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_deployment_cache_config_model_type(
    data: Any,
) -> DeploymentCacheConfigModelType:
    if data.__class__ is str and data in DEPLOYMENT_CACHE_CONFIG_MODEL_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_CACHE_CONFIG_MODEL_TYPE_VALUES)
