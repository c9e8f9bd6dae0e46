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
""""""


def decode_deployment_metrics_request_content2(
    data: Any,
) -> DeploymentMetricsRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentMetricsRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentMetricsRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentMetricsRequest21.from_dict, data),
            _rt.error_of(DeploymentMetricsRequest22.from_dict, data),
        ]
    )


def encode_deployment_metrics_request_content2(
    value: DeploymentMetricsRequestContent2,
) -> Any:
    return value.to_dict()
