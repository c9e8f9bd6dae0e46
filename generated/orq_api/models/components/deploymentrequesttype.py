"""components models: DeploymentRequestType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_REQUEST_TYPE_VALUES",
    "DeploymentRequestType",
    "decode_deployment_request_type",
]


DeploymentRequestType = Literal["function"]


DEPLOYMENT_REQUEST_TYPE_VALUES = frozenset(("function",))


def decode_deployment_request_type(data: Any) -> DeploymentRequestType:
    if data.__class__ is str and data in DEPLOYMENT_REQUEST_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_REQUEST_TYPE_VALUES)
