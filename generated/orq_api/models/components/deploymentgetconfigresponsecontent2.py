"""components models: DeploymentGetConfigResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentgetconfigresponse21 import DeploymentGetConfigResponse21
from .deploymentgetconfigresponse22 import DeploymentGetConfigResponse22

__all__ = [
    "DeploymentGetConfigResponseContent2",
    "decode_deployment_get_config_response_content2",
    "encode_deployment_get_config_response_content2",
]


DeploymentGetConfigResponseContent2 = Union[
    DeploymentGetConfigResponse21, DeploymentGetConfigResponse22
]
""""""


def decode_deployment_get_config_response_content2(
    data: Any,
) -> DeploymentGetConfigResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentGetConfigResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentGetConfigResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentGetConfigResponse21.from_dict, data),
            _rt.error_of(DeploymentGetConfigResponse22.from_dict, data),
        ]
    )


def encode_deployment_get_config_response_content2(
    value: DeploymentGetConfigResponseContent2,
) -> Any:
    return value.to_dict()
