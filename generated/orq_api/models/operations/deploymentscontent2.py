"""operations models: DeploymentsContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deployments21 import Deployments21
from .deployments22 import Deployments22

__all__ = [
    "DeploymentsContent2",
    "decode_deployments_content2",
    "encode_deployments_content2",
]


DeploymentsContent2 = Union[Deployments21, Deployments22]
""""""


def decode_deployments_content2(data: Any) -> DeploymentsContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return Deployments21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return Deployments22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Deployments21.from_dict, data),
            _rt.error_of(Deployments22.from_dict, data),
        ]
    )


def encode_deployments_content2(value: DeploymentsContent2) -> Any:
    return value.to_dict()
