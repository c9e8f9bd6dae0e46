"""components models: DeploymentDataCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentcacheconfigdata1 import DeploymentCacheConfigData1
from .deploymentcacheconfigdata2 import DeploymentCacheConfigData2

DeploymentDataCacheConfig = Union[
    "DeploymentCacheConfigData1", "DeploymentCacheConfigData2"
]
""""""


def decode_deployment_data_cache_config(data: Any) -> DeploymentDataCacheConfig:
    errors: List[ValidationError] = []
    try:
        return DeploymentCacheConfigData1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentCacheConfigData2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_data_cache_config(value: DeploymentDataCacheConfig) -> Any:
    return value.to_dict()
