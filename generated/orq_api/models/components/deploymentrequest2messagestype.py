"""components models: DeploymentRequest2MessagesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_REQUEST2_MESSAGES_TYPE_VALUES",
    "DeploymentRequest2MessagesType",
    "decode_deployment_request2_messages_type",
]


DeploymentRequest2MessagesType = Literal["text"]


DEPLOYMENT_REQUEST2_MESSAGES_TYPE_VALUES = frozenset(("text",))


def decode_deployment_request2_messages_type(
    data: Any,
) -> DeploymentRequest2MessagesType:
    if data.__class__ is str and data in DEPLOYMENT_REQUEST2_MESSAGES_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_REQUEST2_MESSAGES_TYPE_VALUES)
