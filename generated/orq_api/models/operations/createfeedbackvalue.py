"""operations models: CreateFeedbackValue"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CreateFeedbackValue",
    "decode_create_feedback_value",
    "encode_create_feedback_value",
]


CreateFeedbackValue = Union[str, List[str]]
"""The feedback value. For single selection of multiple choice, the value should be an array of strings. For `correction`, the value should be a string."""


def decode_create_feedback_value(data: Any) -> CreateFeedbackValue:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(_rt.d_str)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.list_of(_rt.d_str), data),
        ]
    )


def encode_create_feedback_value(value: CreateFeedbackValue) -> Any:
    return _rt.encode(value)
