"""operations models: DeploymentInvokeMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentinvokemessage1 import DeploymentInvokeMessage1
from .deploymentinvokemessage2 import DeploymentInvokeMessage2
from .message3 import Message3

__all__ = [
    "DeploymentInvokeMessage",
    "decode_deployment_invoke_message",
    "encode_deployment_invoke_message",
]


DeploymentInvokeMessage = Union[
    DeploymentInvokeMessage1, DeploymentInvokeMessage2, Message3
]


def decode_deployment_invoke_message(data: Any) -> DeploymentInvokeMessage:
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
            return DeploymentInvokeMessage1.from_dict(data)
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
            return DeploymentInvokeMessage2.from_dict(data)
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
            e0 or _rt.error_of(DeploymentInvokeMessage1.from_dict, data),
            e1 or _rt.error_of(DeploymentInvokeMessage2.from_dict, data),
            e2 or _rt.error_of(Message3.from_dict, data),
        ]
    )


def encode_deployment_invoke_message(value: DeploymentInvokeMessage) -> Any:
    return value.to_dict()
