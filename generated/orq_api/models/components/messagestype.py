"""components models: MessagesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["MESSAGES_TYPE_VALUES", "MessagesType", "decode_messages_type"]


MessagesType = Literal["function"]
"""The type of the tool. Currently, only **function** is supported."""


MESSAGES_TYPE_VALUES = frozenset(("function",))


def decode_messages_type(data: Any) -> MessagesType:
    if data.__class__ is str and data in MESSAGES_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, MESSAGES_TYPE_VALUES)
