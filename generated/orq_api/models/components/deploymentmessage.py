"""components models: DeploymentMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentmessage1 import DeploymentMessage1
from .deploymentmessage2 import DeploymentMessage2
from .deploymentmessage3 import DeploymentMessage3

__all__ = [
    "DeploymentMessage",
    "decode_deployment_message",
    "encode_deployment_message",
]


DeploymentMessage = Union[DeploymentMessage1, DeploymentMessage2, DeploymentMessage3]


def decode_deployment_message(data: Any) -> DeploymentMessage:
    e0: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "tool_calls" in data
    ):
        try:
            return DeploymentMessage1.from_dict(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "content" in data
    ):
        try:
            return DeploymentMessage2.from_dict(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "url" in data
    ):
        try:
            return DeploymentMessage3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(DeploymentMessage1.from_dict, data),
            e1 or _rt.error_of(DeploymentMessage2.from_dict, data),
            e2 or _rt.error_of(DeploymentMessage3.from_dict, data),
        ]
    )


def encode_deployment_message(value: DeploymentMessage) -> Any:
    return value.to_dict()
