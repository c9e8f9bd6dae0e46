"""components models: DeploymentGetConfigRequestContentMessages2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentgetconfigrequest2messages1 import DeploymentGetConfigRequest2Messages1
from .deploymentgetconfigrequest2messages2 import DeploymentGetConfigRequest2Messages2

DeploymentGetConfigRequestContentMessages2 = Union[
    "DeploymentGetConfigRequest2Messages1", "DeploymentGetConfigRequest2Messages2"
]
""""""


def decode_deployment_get_config_request_content_messages2(
    data: Any,
) -> DeploymentGetConfigRequestContentMessages2:
    errors: List[ValidationError] = []
    try:
        return DeploymentGetConfigRequest2Messages1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentGetConfigRequest2Messages2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_get_config_request_content_messages2(
    value: DeploymentGetConfigRequestContentMessages2,
) -> Any:
    return value.to_dict()
