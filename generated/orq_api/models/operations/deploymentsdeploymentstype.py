"""operations models: DeploymentsDeploymentsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES",
    "DeploymentsDeploymentsType",
    "decode_deployments_deployments_type",
]


DeploymentsDeploymentsType = Literal["function"]


DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES = frozenset(("function",))


def decode_deployments_deployments_type(data: Any) -> DeploymentsDeploymentsType:
    if data.__class__ is str and data in DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_DEPLOYMENTS_TYPE_VALUES)
