"""operations models: Content2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentgetconfig22 import DeploymentGetConfig22
from .two1 import Two1

__all__ = ["Content2", "decode_content2", "encode_content2"]


Content2 = Union[Two1, DeploymentGetConfig22]
""""""


def decode_content2(data: Any) -> Content2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return Two1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DeploymentGetConfig22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Two1.from_dict, data),
            _rt.error_of(DeploymentGetConfig22.from_dict, data),
        ]
    )


def encode_content2(value: Content2) -> Any:
    return value.to_dict()
