"""components models: DeploymentRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentrequest21 import DeploymentRequest21
from .deploymentrequest22 import DeploymentRequest22

__all__ = [
    "DeploymentRequestContent2",
    "decode_deployment_request_content2",
    "encode_deployment_request_content2",
]


DeploymentRequestContent2 = Union[DeploymentRequest21, DeploymentRequest22]
""""""


def decode_deployment_request_content2(data: Any) -> DeploymentRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentRequest21.from_dict, data),
            _rt.error_of(DeploymentRequest22.from_dict, data),
        ]
    )


def encode_deployment_request_content2(value: DeploymentRequestContent2) -> Any:
    return value.to_dict()
