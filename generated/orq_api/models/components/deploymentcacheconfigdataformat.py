"""components models: DeploymentCacheConfigDataFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_CACHE_CONFIG_DATA_FORMAT_VALUES",
    "DeploymentCacheConfigDataFormat",
    "decode_deployment_cache_config_data_format",
]


DeploymentCacheConfigDataFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


DEPLOYMENT_CACHE_CONFIG_DATA_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_deployment_cache_config_data_format(
    data: Any,
) -> DeploymentCacheConfigDataFormat:
    if data.__class__ is str and data in DEPLOYMENT_CACHE_CONFIG_DATA_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_CACHE_CONFIG_DATA_FORMAT_VALUES)
