"""components models: Two"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .one import One
from .two2 import Two2

Two = Union["One", "Two2"]
""""""


def decode_two(data: Any) -> Two:
    errors: List[ValidationError] = []
    try:
        return One.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Two2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_two(value: Two) -> Any:
    return value.to_dict()
