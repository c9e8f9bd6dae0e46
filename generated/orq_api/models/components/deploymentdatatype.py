"""components models: DeploymentDataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_DATA_TYPE_VALUES",
    "DeploymentDataType",
    "decode_deployment_data_type",
]


DeploymentDataType = Literal["object"]


DEPLOYMENT_DATA_TYPE_VALUES = frozenset(("object",))


def decode_deployment_data_type(data: Any) -> DeploymentDataType:
    if data.__class__ is str and data in DEPLOYMENT_DATA_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_DATA_TYPE_VALUES)
