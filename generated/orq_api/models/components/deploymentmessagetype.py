"""components models: DeploymentMessageType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_MESSAGE_TYPE_VALUES",
    "DeploymentMessageType",
    "decode_deployment_message_type",
]


DeploymentMessageType = Literal["function"]


DEPLOYMENT_MESSAGE_TYPE_VALUES = frozenset(("function",))


def decode_deployment_message_type(data: Any) -> DeploymentMessageType:
    if data.__class__ is str and data in DEPLOYMENT_MESSAGE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_MESSAGE_TYPE_VALUES)
