"""components models: ItemsRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_ROLE_VALUES", "ItemsRole", "decode_items_role"]


ItemsRole = Literal[
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


ITEMS_ROLE_VALUES = frozenset(
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


def decode_items_role(data: Any) -> ItemsRole:
    if data.__class__ is str and data in ITEMS_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_ROLE_VALUES)
