"""components models: DeploymentGetConfigRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentgetconfigrequest21 import DeploymentGetConfigRequest21
from .deploymentgetconfigrequest22 import DeploymentGetConfigRequest22

__all__ = [
    "DeploymentGetConfigRequestContent2",
    "decode_deployment_get_config_request_content2",
    "encode_deployment_get_config_request_content2",
]


DeploymentGetConfigRequestContent2 = Union[
    DeploymentGetConfigRequest21, DeploymentGetConfigRequest22
]
""""""


def decode_deployment_get_config_request_content2(
    data: Any,
) -> DeploymentGetConfigRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentGetConfigRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentGetConfigRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentGetConfigRequest21.from_dict, data),
            _rt.error_of(DeploymentGetConfigRequest22.from_dict, data),
        ]
    )


def encode_deployment_get_config_request_content2(
    value: DeploymentGetConfigRequestContent2,
) -> Any:
    return value.to_dict()
