"""components models: MessageRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["MESSAGE_ROLE_VALUES", "MessageRole", "decode_message_role"]


MessageRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


MESSAGE_ROLE_VALUES = frozenset(
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


def decode_message_role(data: Any) -> MessageRole:
    if data.__class__ is str and data in MESSAGE_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, MESSAGE_ROLE_VALUES)
