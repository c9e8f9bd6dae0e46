"""components models: DeploymentContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deployment21 import Deployment21
from .deployment22 import Deployment22

__all__ = [
    "DeploymentContent2",
    "decode_deployment_content2",
    "encode_deployment_content2",
]


DeploymentContent2 = Union[Deployment21, Deployment22]
""""""


def decode_deployment_content2(data: Any) -> DeploymentContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return Deployment21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return Deployment22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Deployment21.from_dict, data),
            _rt.error_of(Deployment22.from_dict, data),
        ]
    )


def encode_deployment_content2(value: DeploymentContent2) -> Any:
    return value.to_dict()
