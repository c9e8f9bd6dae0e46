"""components models: DeploymentResponseFormatDataCacheConfig2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_RESPONSE_FORMAT_DATA_CACHE_CONFIG2_TYPE_VALUES",
    "DeploymentResponseFormatDataCacheConfig2Type",
    "decode_deployment_response_format_data_cache_config2_type",
]


DeploymentResponseFormatDataCacheConfig2Type = Literal["json_object"]


DEPLOYMENT_RESPONSE_FORMAT_DATA_CACHE_CONFIG2_TYPE_VALUES = frozenset(("json_object",))


def decode_deployment_response_format_data_cache_config2_type(
    data: Any,
) -> DeploymentResponseFormatDataCacheConfig2Type:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_RESPONSE_FORMAT_DATA_CACHE_CONFIG2_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, DEPLOYMENT_RESPONSE_FORMAT_DATA_CACHE_CONFIG2_TYPE_VALUES
    )
