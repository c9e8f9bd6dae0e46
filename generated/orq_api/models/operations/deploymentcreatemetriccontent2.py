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
""""""


def decode_deployment_create_metric_content2(
    data: Any,
) -> DeploymentCreateMetricContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentCreateMetric21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentCreateMetric22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentCreateMetric21.from_dict, data),
            _rt.error_of(DeploymentCreateMetric22.from_dict, data),
        ]
    )


def encode_deployment_create_metric_content2(
    value: DeploymentCreateMetricContent2,
) -> Any:
    return value.to_dict()
