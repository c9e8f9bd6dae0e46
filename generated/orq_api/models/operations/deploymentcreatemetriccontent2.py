"""operations models: DeploymentCreateMetricContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentcreatemetric21 import DeploymentCreateMetric21
from .deploymentcreatemetric22 import DeploymentCreateMetric22

__all__ = [
    "DeploymentCreateMetricContent2",
    "decode_deployment_create_metric_content2",
    "encode_deployment_create_metric_content2",
]


DeploymentCreateMetricContent2 = Union[
    DeploymentCreateMetric21, DeploymentCreateMetric22
]


def decode_deployment_create_metric_content2(
    data: Any,
) -> DeploymentCreateMetricContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DeploymentCreateMetric21.from_dict(data)
    if tag == "image_url":
        return DeploymentCreateMetric22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployment_create_metric_content2(
    value: DeploymentCreateMetricContent2,
) -> Any:
    return value.to_dict()
