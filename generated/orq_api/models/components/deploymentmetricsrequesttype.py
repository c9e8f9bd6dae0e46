"""components models: DeploymentMetricsRequestType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_METRICS_REQUEST_TYPE_VALUES",
    "DeploymentMetricsRequestType",
    "decode_deployment_metrics_request_type",
]


DeploymentMetricsRequestType = Literal["function"]


DEPLOYMENT_METRICS_REQUEST_TYPE_VALUES = frozenset(("function",))


def decode_deployment_metrics_request_type(data: Any) -> DeploymentMetricsRequestType:
    if data.__class__ is str and data in DEPLOYMENT_METRICS_REQUEST_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_METRICS_REQUEST_TYPE_VALUES)
