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


def decode_deployment_get_config_request_content2(
    data: Any,
) -> DeploymentGetConfigRequestContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DeploymentGetConfigRequest21.from_dict(data)
    if tag == "image_url":
        return DeploymentGetConfigRequest22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployment_get_config_request_content2(
    value: DeploymentGetConfigRequestContent2,
) -> Any:
    return value.to_dict()
