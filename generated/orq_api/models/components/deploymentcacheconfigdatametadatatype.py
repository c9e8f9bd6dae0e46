"""components models: DeploymentCacheConfigDataMetadataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_CACHE_CONFIG_DATA_METADATA_TYPE_VALUES",
    "DeploymentCacheConfigDataMetadataType",
    "decode_deployment_cache_config_data_metadata_type",
]


DeploymentCacheConfigDataMetadataType = Literal["semantic"]


DEPLOYMENT_CACHE_CONFIG_DATA_METADATA_TYPE_VALUES = frozenset(("semantic",))


def decode_deployment_cache_config_data_metadata_type(
    data: Any,
) -> DeploymentCacheConfigDataMetadataType:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_CACHE_CONFIG_DATA_METADATA_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_CACHE_CONFIG_DATA_METADATA_TYPE_VALUES)
