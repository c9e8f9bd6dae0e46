"""components models: Configuration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .configuration1 import Configuration1
from .configuration2 import Configuration2

__all__ = ["Configuration", "decode_configuration", "encode_configuration"]


Configuration = Union[Configuration1, Configuration2]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_configuration(data: Any) -> Configuration:
    if type(data) is dict and "type" in data:
        try:
            return Configuration1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return Configuration2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Configuration1.from_dict, data),
            _rt.error_of(Configuration2.from_dict, data),
        ]
    )


def encode_configuration(value: Configuration) -> Any:
    return value.to_dict()
