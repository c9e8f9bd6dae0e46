"""components models: DeploymentResponseMessageRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_RESPONSE_MESSAGE_ROLE_VALUES",
    "DeploymentResponseMessageRole",
    "decode_deployment_response_message_role",
]


DeploymentResponseMessageRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


DEPLOYMENT_RESPONSE_MESSAGE_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_deployment_response_message_role(data: Any) -> DeploymentResponseMessageRole:
    if data.__class__ is str and data in DEPLOYMENT_RESPONSE_MESSAGE_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_RESPONSE_MESSAGE_ROLE_VALUES)
