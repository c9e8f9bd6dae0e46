"""operations models: DeploymentGetConfigContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .content2 import Content2, decode_content2, encode_content2

__all__ = [
    "DeploymentGetConfigContent",
    "decode_deployment_get_config_content",
    "encode_deployment_get_config_content",
]


DeploymentGetConfigContent = Union[str, List[Content2]]
"""The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""


def decode_deployment_get_config_content(data: Any) -> DeploymentGetConfigContent:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(decode_content2)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.list_of(decode_content2), data),
        ]
    )


def encode_deployment_get_config_content(value: DeploymentGetConfigContent) -> Any:
    return _rt.encode(value)
