"""components models: DeploymentResponseMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentresponsemessage1 import DeploymentResponseMessage1
from .deploymentresponsemessage2 import DeploymentResponseMessage2
from .message3 import Message3

DeploymentResponseMessage = Union[
    "DeploymentResponseMessage1", "DeploymentResponseMessage2", "Message3"
]
""""""


def decode_deployment_response_message(data: Any) -> DeploymentResponseMessage:
    errors: List[ValidationError] = []
    try:
        return DeploymentResponseMessage1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentResponseMessage2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Message3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_response_message(value: DeploymentResponseMessage) -> Any:
    return value.to_dict()
