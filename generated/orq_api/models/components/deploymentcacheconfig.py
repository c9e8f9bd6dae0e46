"""components models: DeploymentCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentcacheconfig1 import DeploymentCacheConfig1
from .deploymentcacheconfig2 import DeploymentCacheConfig2

DeploymentCacheConfig = Union["DeploymentCacheConfig1", "DeploymentCacheConfig2"]
""""""


def decode_deployment_cache_config(data: Any) -> DeploymentCacheConfig:
    errors: List[ValidationError] = []
    try:
        return DeploymentCacheConfig1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentCacheConfig2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_cache_config(value: DeploymentCacheConfig) -> Any:
    return value.to_dict()
