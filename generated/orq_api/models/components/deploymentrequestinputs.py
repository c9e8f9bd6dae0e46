"""components models: DeploymentRequestInputs"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DeploymentRequestInputs",
    "decode_deployment_request_inputs",
    "encode_deployment_request_inputs",
]


DeploymentRequestInputs = Union[str, float, bool]


def decode_deployment_request_inputs(data: Any) -> DeploymentRequestInputs:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is float or type(data) is int:
        try:
            return _rt.d_float(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is bool:
        try:
            return _rt.d_bool(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.d_float, data),
            e2 or _rt.error_of(_rt.d_bool, data),
        ]
    )


def encode_deployment_request_inputs(value: DeploymentRequestInputs) -> Any:
    return _rt.encode(value)
