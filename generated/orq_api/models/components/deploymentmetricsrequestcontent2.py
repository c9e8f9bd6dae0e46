"""components models: DeploymentMetricsRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentmetricsrequest21 import DeploymentMetricsRequest21
from .deploymentmetricsrequest22 import DeploymentMetricsRequest22

__all__ = [
    "DeploymentMetricsRequestContent2",
    "decode_deployment_metrics_request_content2",
    "encode_deployment_metrics_request_content2",
]


DeploymentMetricsRequestContent2 = Union[
    DeploymentMetricsRequest21, DeploymentMetricsRequest22
]


def decode_deployment_metrics_request_content2(
    data: Any,
) -> DeploymentMetricsRequestContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DeploymentMetricsRequest21.from_dict(data)
    if tag == "image_url":
        return DeploymentMetricsRequest22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_deployment_metrics_request_content2(
    value: DeploymentMetricsRequestContent2,
) -> Any:
    return value.to_dict()
