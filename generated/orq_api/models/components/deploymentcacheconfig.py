"""components models: DeploymentCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentcacheconfig1 import DeploymentCacheConfig1
from .deploymentcacheconfig2 import DeploymentCacheConfig2

__all__ = [
    "DeploymentCacheConfig",
    "decode_deployment_cache_config",
    "encode_deployment_cache_config",
]


DeploymentCacheConfig = Union[DeploymentCacheConfig1, DeploymentCacheConfig2]
""""""


def decode_deployment_cache_config(data: Any) -> DeploymentCacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return DeploymentCacheConfig1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return DeploymentCacheConfig2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentCacheConfig1.from_dict, data),
            _rt.error_of(DeploymentCacheConfig2.from_dict, data),
        ]
    )


def encode_deployment_cache_config(value: DeploymentCacheConfig) -> Any:
    return value.to_dict()
