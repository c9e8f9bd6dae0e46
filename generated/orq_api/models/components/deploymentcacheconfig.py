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


def decode_deployment_cache_config(data: Any) -> DeploymentCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return DeploymentCacheConfig1.from_dict(data)
    if tag == "semantic":
        return DeploymentCacheConfig2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_deployment_cache_config(value: DeploymentCacheConfig) -> Any:
    return value.to_dict()
