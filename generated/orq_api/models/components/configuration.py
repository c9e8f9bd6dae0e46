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
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return Configuration1.from_dict(data)
    if tag == "query":
        return Configuration2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_configuration(value: Configuration) -> Any:
    return value.to_dict()
