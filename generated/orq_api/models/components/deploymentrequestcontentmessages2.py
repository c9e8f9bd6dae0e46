"""components models: DeploymentRequestContentMessages2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentrequest2messages1 import DeploymentRequest2Messages1
from .deploymentrequest2messages2 import DeploymentRequest2Messages2

__all__ = [
    "DeploymentRequestContentMessages2",
    "decode_deployment_request_content_messages2",
    "encode_deployment_request_content_messages2",
]


DeploymentRequestContentMessages2 = Union[
    DeploymentRequest2Messages1, DeploymentRequest2Messages2
]
""""""


def decode_deployment_request_content_messages2(
    data: Any,
) -> DeploymentRequestContentMessages2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DeploymentRequest2Messages1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentRequest2Messages2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DeploymentRequest2Messages1.from_dict, data),
            _rt.error_of(DeploymentRequest2Messages2.from_dict, data),
        ]
    )


def encode_deployment_request_content_messages2(
    value: DeploymentRequestContentMessages2,
) -> Any:
    return value.to_dict()
