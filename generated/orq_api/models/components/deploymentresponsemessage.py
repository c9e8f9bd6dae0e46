"""components models: DeploymentResponseMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentresponsemessage1 import DeploymentResponseMessage1
from .deploymentresponsemessage2 import DeploymentResponseMessage2
from .message3 import Message3

__all__ = [
    "DeploymentResponseMessage",
    "decode_deployment_response_message",
    "encode_deployment_response_message",
]


DeploymentResponseMessage = Union[
    DeploymentResponseMessage1, DeploymentResponseMessage2, Message3
]


def decode_deployment_response_message(data: Any) -> DeploymentResponseMessage:
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
            return DeploymentResponseMessage1.from_dict(data)
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
            return DeploymentResponseMessage2.from_dict(data)
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
            return Message3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(DeploymentResponseMessage1.from_dict, data),
            e1 or _rt.error_of(DeploymentResponseMessage2.from_dict, data),
            e2 or _rt.error_of(Message3.from_dict, data),
        ]
    )


def encode_deployment_response_message(value: DeploymentResponseMessage) -> Any:
    return value.to_dict()
