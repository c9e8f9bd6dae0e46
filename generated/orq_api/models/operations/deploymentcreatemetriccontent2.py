"""operations models: DeploymentCreateMetricContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentcreatemetric21 import DeploymentCreateMetric21
from .deploymentcreatemetric22 import DeploymentCreateMetric22

DeploymentCreateMetricContent2 = Union[
    "DeploymentCreateMetric21", "DeploymentCreateMetric22"
]
""""""


def decode_deployment_create_metric_content2(
    data: Any,
) -> DeploymentCreateMetricContent2:
    errors: List[ValidationError] = []
    try:
        return DeploymentCreateMetric21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentCreateMetric22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_create_metric_content2(
    value: DeploymentCreateMetricContent2,
) -> Any:
    return value.to_dict()
