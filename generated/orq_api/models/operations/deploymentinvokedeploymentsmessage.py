"""operations models: DeploymentInvokeDeploymentsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentinvokemessage3 import DeploymentInvokeMessage3
from .deploymentinvokemessagedeployments1 import DeploymentInvokeMessageDeployments1
from .deploymentinvokemessagedeployments2 import DeploymentInvokeMessageDeployments2

__all__ = [
    "DeploymentInvokeDeploymentsMessage",
    "decode_deployment_invoke_deployments_message",
    "encode_deployment_invoke_deployments_message",
]


DeploymentInvokeDeploymentsMessage = Union[
    DeploymentInvokeMessageDeployments1,
    DeploymentInvokeMessageDeployments2,
    DeploymentInvokeMessage3,
]


def decode_deployment_invoke_deployments_message(
    data: Any,
) -> DeploymentInvokeDeploymentsMessage:
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
            return DeploymentInvokeMessageDeployments1.from_dict(data)
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
            return DeploymentInvokeMessageDeployments2.from_dict(data)
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
            return DeploymentInvokeMessage3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(DeploymentInvokeMessageDeployments1.from_dict, data),
            e1 or _rt.error_of(DeploymentInvokeMessageDeployments2.from_dict, data),
            e2 or _rt.error_of(DeploymentInvokeMessage3.from_dict, data),
        ]
    )


def encode_deployment_invoke_deployments_message(
    value: DeploymentInvokeDeploymentsMessage,
) -> Any:
    return value.to_dict()
