"""components models: DeploymentContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deployment21 import Deployment21
from .deployment22 import Deployment22

DeploymentContent2 = Union["Deployment21", "Deployment22"]
""""""


def decode_deployment_content2(data: Any) -> DeploymentContent2:
    errors: List[ValidationError] = []
    try:
        return Deployment21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Deployment22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_content2(value: DeploymentContent2) -> Any:
    return value.to_dict()
