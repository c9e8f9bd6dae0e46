"""components models: DeploymentOperator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_OPERATOR_VALUES",
    "DeploymentOperator",
    "decode_deployment_operator",
]


DeploymentOperator = Literal["eq", "ne", "gt", "gte", "lt", "lte"]


DEPLOYMENT_OPERATOR_VALUES = frozenset(("eq", "ne", "gt", "gte", "lt", "lte"))


def decode_deployment_operator(data: Any) -> DeploymentOperator:
    if data.__class__ is str and data in DEPLOYMENT_OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_OPERATOR_VALUES)
