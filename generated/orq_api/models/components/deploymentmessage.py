"""components models: DeploymentMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentmessage1 import DeploymentMessage1
from .deploymentmessage2 import DeploymentMessage2
from .deploymentmessage3 import DeploymentMessage3

DeploymentMessage = Union[
    "DeploymentMessage1", "DeploymentMessage2", "DeploymentMessage3"
]
""""""


def decode_deployment_message(data: Any) -> DeploymentMessage:
    errors: List[ValidationError] = []
    try:
        return DeploymentMessage1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentMessage2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentMessage3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_message(value: DeploymentMessage) -> Any:
    return value.to_dict()
