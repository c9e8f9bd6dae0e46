"""components models: DeploymentGetConfigResponseRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG_RESPONSE_ROLE_VALUES",
    "DeploymentGetConfigResponseRole",
    "decode_deployment_get_config_response_role",
]


DeploymentGetConfigResponseRole = Literal[
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


DEPLOYMENT_GET_CONFIG_RESPONSE_ROLE_VALUES = frozenset(
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


def decode_deployment_get_config_response_role(
    data: Any,
) -> DeploymentGetConfigResponseRole:
    if data.__class__ is str and data in DEPLOYMENT_GET_CONFIG_RESPONSE_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_GET_CONFIG_RESPONSE_ROLE_VALUES)
