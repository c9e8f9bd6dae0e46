"""operations models: DeploymentGetConfigDeploymentsResponse200ApplicationJSONType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES",
    "DeploymentGetConfigDeploymentsResponse200ApplicationJSONType",
    "decode_deployment_get_config_deployments_response200_application_json_type",
]


DeploymentGetConfigDeploymentsResponse200ApplicationJSONType = Literal["function"]


DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES = frozenset(
    ("function",)
)


def decode_deployment_get_config_deployments_response200_application_json_type(
    data: Any,
) -> DeploymentGetConfigDeploymentsResponse200ApplicationJSONType:
    if (
        data.__class__ is str
        and data
        in DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, DEPLOYMENT_GET_CONFIG_DEPLOYMENTS_RESPONSE200_APPLICATION_JSON_TYPE_VALUES
    )
