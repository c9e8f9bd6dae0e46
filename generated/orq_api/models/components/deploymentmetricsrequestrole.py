"""components models: DeploymentMetricsRequestRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_METRICS_REQUEST_ROLE_VALUES",
    "DeploymentMetricsRequestRole",
    "decode_deployment_metrics_request_role",
]


DeploymentMetricsRequestRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


DEPLOYMENT_METRICS_REQUEST_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_deployment_metrics_request_role(data: Any) -> DeploymentMetricsRequestRole:
    if data.__class__ is str and data in DEPLOYMENT_METRICS_REQUEST_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_METRICS_REQUEST_ROLE_VALUES)
