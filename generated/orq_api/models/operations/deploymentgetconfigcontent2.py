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


def decode_deployment_get_config_content2(data: Any) -> DeploymentGetConfigContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DeploymentGetConfig21.from_dict(data)
    if tag == "image_url":
        return DeploymentGetConfig2Deployments2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployment_get_config_content2(value: DeploymentGetConfigContent2) -> Any:
    return value.to_dict()
