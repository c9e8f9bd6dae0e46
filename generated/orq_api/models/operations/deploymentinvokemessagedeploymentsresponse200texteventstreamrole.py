"""operations models: DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES",
    "DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole",
    "decode_deployment_invoke_message_deployments_response200_text_event_stream_role",
]


DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole = Literal[
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


DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES = (
    frozenset(
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
)


def decode_deployment_invoke_message_deployments_response200_text_event_stream_role(
    data: Any,
) -> DeploymentInvokeMessageDeploymentsResponse200TextEventStreamRole:
    if (
        data.__class__ is str
        and data
        in DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        DEPLOYMENT_INVOKE_MESSAGE_DEPLOYMENTS_RESPONSE200_TEXT_EVENT_STREAM_ROLE_VALUES,
    )
