"""operations models: DeploymentsResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES",
    "DeploymentsResponseFormatType",
    "decode_deployments_response_format_type",
]


DeploymentsResponseFormatType = Literal["json_schema"]


DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES = frozenset(("json_schema",))


def decode_deployments_response_format_type(data: Any) -> DeploymentsResponseFormatType:
    if data.__class__ is str and data in DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_RESPONSE_FORMAT_TYPE_VALUES)
