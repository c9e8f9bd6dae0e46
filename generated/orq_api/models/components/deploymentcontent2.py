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


def decode_deployment_content2(data: Any) -> DeploymentContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return Deployment21.from_dict(data)
    if tag == "image_url":
        return Deployment22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployment_content2(value: DeploymentContent2) -> Any:
    return value.to_dict()
