"""components models: DeploymentsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DEPLOYMENTS_TYPE_VALUES", "DeploymentsType", "decode_deployments_type"]


DeploymentsType = Literal["function"]


DEPLOYMENTS_TYPE_VALUES = frozenset(("function",))


def decode_deployments_type(data: Any) -> DeploymentsType:
    if data.__class__ is str and data in DEPLOYMENTS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_TYPE_VALUES)
