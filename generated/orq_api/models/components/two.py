"""components models: Two"""

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
""""""


def decode_two(data: Any) -> Two:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return One.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return Two2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [_rt.error_of(One.from_dict, data), _rt.error_of(Two2.from_dict, data)]
    )


def encode_two(value: Two) -> Any:
    return value.to_dict()
