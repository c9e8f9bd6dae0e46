"""components models: DeploymentDataCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentcacheconfigdata1 import DeploymentCacheConfigData1
from .deploymentcacheconfigdata2 import DeploymentCacheConfigData2

__all__ = [
    "DeploymentDataCacheConfig",
    "decode_deployment_data_cache_config",
    "encode_deployment_data_cache_config",
]


DeploymentDataCacheConfig = Union[
    DeploymentCacheConfigData1, DeploymentCacheConfigData2
]


def decode_deployment_data_cache_config(data: Any) -> DeploymentDataCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return DeploymentCacheConfigData1.from_dict(data)
    if tag == "semantic":
        return DeploymentCacheConfigData2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_deployment_data_cache_config(value: DeploymentDataCacheConfig) -> Any:
    return value.to_dict()
