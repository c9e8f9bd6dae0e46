"""operations models: DeploymentsContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deployments21 import Deployments21
from .deployments22 import Deployments22

__all__ = [
    "DeploymentsContent2",
    "decode_deployments_content2",
    "encode_deployments_content2",
]


DeploymentsContent2 = Union[Deployments21, Deployments22]


def decode_deployments_content2(data: Any) -> DeploymentsContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return Deployments21.from_dict(data)
    if tag == "image_url":
        return Deployments22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployments_content2(value: DeploymentsContent2) -> Any:
    return value.to_dict()
