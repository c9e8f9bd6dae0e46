"""operations models: DeploymentInvokeObject"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_INVOKE_OBJECT_VALUES",
    "DeploymentInvokeObject",
    "decode_deployment_invoke_object",
]


DeploymentInvokeObject = Literal["chat", "completion", "image"]
"""Indicates the type of model used to generate the response"""


DEPLOYMENT_INVOKE_OBJECT_VALUES = frozenset(("chat", "completion", "image"))


def decode_deployment_invoke_object(data: Any) -> DeploymentInvokeObject:
    if data.__class__ is str and data in DEPLOYMENT_INVOKE_OBJECT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_INVOKE_OBJECT_VALUES)
