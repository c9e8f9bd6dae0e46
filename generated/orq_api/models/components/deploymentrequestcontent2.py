"""components models: DeploymentRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentrequest21 import DeploymentRequest21
from .deploymentrequest22 import DeploymentRequest22

DeploymentRequestContent2 = Union["DeploymentRequest21", "DeploymentRequest22"]
""""""


def decode_deployment_request_content2(data: Any) -> DeploymentRequestContent2:
    errors: List[ValidationError] = []
    try:
        return DeploymentRequest21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentRequest22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_request_content2(value: DeploymentRequestContent2) -> Any:
    return value.to_dict()
