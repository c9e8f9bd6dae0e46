"""operations models: DeploymentGetConfig2DeploymentsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES",
    "DeploymentGetConfig2DeploymentsType",
    "decode_deployment_get_config2_deployments_type",
]


DeploymentGetConfig2DeploymentsType = Literal["image_url"]


DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES = frozenset(("image_url",))


def decode_deployment_get_config2_deployments_type(
    data: Any,
) -> DeploymentGetConfig2DeploymentsType:
    if data.__class__ is str and data in DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_GET_CONFIG2_DEPLOYMENTS_TYPE_VALUES)
