"""components models: DeploymentResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_RESPONSE_FORMAT_TYPE_VALUES",
    "DeploymentResponseFormatType",
    "decode_deployment_response_format_type",
]


DeploymentResponseFormatType = Literal["json_schema"]


DEPLOYMENT_RESPONSE_FORMAT_TYPE_VALUES = frozenset(("json_schema",))


def decode_deployment_response_format_type(data: Any) -> DeploymentResponseFormatType:
    if data.__class__ is str and data in DEPLOYMENT_RESPONSE_FORMAT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_RESPONSE_FORMAT_TYPE_VALUES)
