"""components models: DeploymentRequestContentMessages2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentrequest2messages1 import DeploymentRequest2Messages1
from .deploymentrequest2messages2 import DeploymentRequest2Messages2

__all__ = [
    "DeploymentRequestContentMessages2",
    "decode_deployment_request_content_messages2",
    "encode_deployment_request_content_messages2",
]


DeploymentRequestContentMessages2 = Union[
    DeploymentRequest2Messages1, DeploymentRequest2Messages2
]


def decode_deployment_request_content_messages2(
    data: Any,
) -> DeploymentRequestContentMessages2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DeploymentRequest2Messages1.from_dict(data)
    if tag == "image_url":
        return DeploymentRequest2Messages2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployment_request_content_messages2(
    value: DeploymentRequestContentMessages2,
) -> Any:
    return value.to_dict()
