"""components models: Content2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deployments22 import Deployments22
from .two1 import Two1

__all__ = ["Content2", "decode_content2", "encode_content2"]


Content2 = Union[Two1, Deployments22]


def decode_content2(data: Any) -> Content2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return Two1.from_dict(data)
    if tag == "image_url":
        return Deployments22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_content2(value: Content2) -> Any:
    return value.to_dict()
