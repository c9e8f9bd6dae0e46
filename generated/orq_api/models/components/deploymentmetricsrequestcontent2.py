"""components models: DeploymentMetricsRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentmetricsrequest21 import DeploymentMetricsRequest21
from .deploymentmetricsrequest22 import DeploymentMetricsRequest22

DeploymentMetricsRequestContent2 = Union[
    "DeploymentMetricsRequest21", "DeploymentMetricsRequest22"
]
""""""


def decode_deployment_metrics_request_content2(
    data: Any,
) -> DeploymentMetricsRequestContent2:
    errors: List[ValidationError] = []
    try:
        return DeploymentMetricsRequest21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentMetricsRequest22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_metrics_request_content2(
    value: DeploymentMetricsRequestContent2,
) -> Any:
    return value.to_dict()
