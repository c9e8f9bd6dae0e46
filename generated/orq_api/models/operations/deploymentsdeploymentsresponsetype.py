"""operations models: DeploymentsDeploymentsResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES",
    "DeploymentsDeploymentsResponseType",
    "decode_deployments_deployments_response_type",
]


DeploymentsDeploymentsResponseType = Literal["object"]


DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES = frozenset(("object",))


def decode_deployments_deployments_response_type(
    data: Any,
) -> DeploymentsDeploymentsResponseType:
    if data.__class__ is str and data in DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_DEPLOYMENTS_RESPONSE_TYPE_VALUES)
