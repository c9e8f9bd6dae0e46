"""operations models: DeploymentInvokeMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentinvokemessage1 import DeploymentInvokeMessage1
from .deploymentinvokemessage2 import DeploymentInvokeMessage2
from .message3 import Message3

DeploymentInvokeMessage = Union[
    "DeploymentInvokeMessage1", "DeploymentInvokeMessage2", "Message3"
]
""""""


def decode_deployment_invoke_message(data: Any) -> DeploymentInvokeMessage:
    errors: List[ValidationError] = []
    try:
        return DeploymentInvokeMessage1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentInvokeMessage2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Message3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_invoke_message(value: DeploymentInvokeMessage) -> Any:
    return value.to_dict()
