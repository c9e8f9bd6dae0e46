"""operations models: DeploymentInvokeMessageType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES",
    "DeploymentInvokeMessageType",
    "decode_deployment_invoke_message_type",
]


DeploymentInvokeMessageType = Literal["function"]


DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES = frozenset(("function",))


def decode_deployment_invoke_message_type(data: Any) -> DeploymentInvokeMessageType:
    if data.__class__ is str and data in DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_INVOKE_MESSAGE_TYPE_VALUES)
