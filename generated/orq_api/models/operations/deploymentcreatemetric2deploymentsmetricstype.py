"""operations models: DeploymentCreateMetric2DeploymentsMetricsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES",
    "DeploymentCreateMetric2DeploymentsMetricsType",
    "decode_deployment_create_metric2_deployments_metrics_type",
]


DeploymentCreateMetric2DeploymentsMetricsType = Literal["image_url"]


DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES = frozenset(("image_url",))


def decode_deployment_create_metric2_deployments_metrics_type(
    data: Any,
) -> DeploymentCreateMetric2DeploymentsMetricsType:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, DEPLOYMENT_CREATE_METRIC2_DEPLOYMENTS_METRICS_TYPE_VALUES
    )
