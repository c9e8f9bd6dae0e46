"""operations models: Deployments2DeploymentsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES",
    "Deployments2DeploymentsType",
    "decode_deployments2_deployments_type",
]


Deployments2DeploymentsType = Literal["image_url"]


DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES = frozenset(("image_url",))


def decode_deployments2_deployments_type(data: Any) -> Deployments2DeploymentsType:
    if data.__class__ is str and data in DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS2_DEPLOYMENTS_TYPE_VALUES)
