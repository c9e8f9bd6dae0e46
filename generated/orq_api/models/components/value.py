"""components models: Value"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

Value = Union[str, List[str]]
"""The feedback value. For single selection of multiple choice, the value should be an array of strings. For `correction`, the value should be a string."""


def decode_value(data: Any) -> Value:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return _rt.list_of(_rt.d_str)(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_value(value: Value) -> Any:
    return _rt.encode(value)
