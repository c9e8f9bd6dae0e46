"""operations models: DeploymentInvokeDeploymentsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deploymentinvokemessage3 import DeploymentInvokeMessage3
from .deploymentinvokemessagedeployments1 import DeploymentInvokeMessageDeployments1
from .deploymentinvokemessagedeployments2 import DeploymentInvokeMessageDeployments2

DeploymentInvokeDeploymentsMessage = Union[
    "DeploymentInvokeMessageDeployments1",
    "DeploymentInvokeMessageDeployments2",
    "DeploymentInvokeMessage3",
]
""""""


def decode_deployment_invoke_deployments_message(
    data: Any,
) -> DeploymentInvokeDeploymentsMessage:
    errors: List[ValidationError] = []
    try:
        return DeploymentInvokeMessageDeployments1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentInvokeMessageDeployments2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DeploymentInvokeMessage3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_deployment_invoke_deployments_message(
    value: DeploymentInvokeDeploymentsMessage,
) -> Any:
    return value.to_dict()
