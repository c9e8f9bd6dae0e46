"""operations models: DeploymentGetConfigContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentgetconfig21 import DeploymentGetConfig21
from .deploymentgetconfig2deployments2 import DeploymentGetConfig2Deployments2

__all__ = [
    "DeploymentGetConfigContent2",
    "decode_deployment_get_config_content2",
    "encode_deployment_get_config_content2",
]


DeploymentGetConfigContent2 = Union[
    DeploymentGetConfig21, DeploymentGetConfig2Deployments2
]
""""""


def decode_deployment_get_config_content2(data: Any) -> DeploymentGetConfigContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentGetConfig21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentGetConfig2Deployments2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentGetConfig21.from_dict, data),
            _rt.error_of(DeploymentGetConfig2Deployments2.from_dict, data),
        ]
    )


def encode_deployment_get_config_content2(value: DeploymentGetConfigContent2) -> Any:
    return value.to_dict()
