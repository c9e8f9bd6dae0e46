"""operations models: ResponseBodyRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["RESPONSE_BODY_ROLE_VALUES", "ResponseBodyRole", "decode_response_body_role"]


ResponseBodyRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]


RESPONSE_BODY_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_response_body_role(data: Any) -> ResponseBodyRole:
    if data.__class__ is str and data in RESPONSE_BODY_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RESPONSE_BODY_ROLE_VALUES)
