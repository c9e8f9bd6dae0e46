"""operations models: Two"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .one import One
from .two2 import Two2

__all__ = ["Two", "decode_two", "encode_two"]


Two = Union[One, Two2]


def decode_two(data: Any) -> Two:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return One.from_dict(data)
    if tag == "image_url":
        return Two2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_two(value: Two) -> Any:
    return value.to_dict()
