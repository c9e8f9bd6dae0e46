"""operations models: DeploymentsObject"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_OBJECT_VALUES",
    "DeploymentsObject",
    "decode_deployments_object",
]


DeploymentsObject = Literal["list"]


DEPLOYMENTS_OBJECT_VALUES = frozenset(("list",))


def decode_deployments_object(data: Any) -> DeploymentsObject:
    if data.__class__ is str and data in DEPLOYMENTS_OBJECT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_OBJECT_VALUES)
