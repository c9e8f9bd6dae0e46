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
""""""


def decode_deployment_data_cache_config(data: Any) -> DeploymentDataCacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return DeploymentCacheConfigData1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return DeploymentCacheConfigData2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentCacheConfigData1.from_dict, data),
            _rt.error_of(DeploymentCacheConfigData2.from_dict, data),
        ]
    )


def encode_deployment_data_cache_config(value: DeploymentDataCacheConfig) -> Any:
    return value.to_dict()
