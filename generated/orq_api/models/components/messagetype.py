"""components models: MessageType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["MESSAGE_TYPE_VALUES", "MessageType", "decode_message_type"]


MessageType = Literal["function"]


MESSAGE_TYPE_VALUES = frozenset(("function",))


def decode_message_type(data: Any) -> MessageType:
    if data.__class__ is str and data in MESSAGE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, MESSAGE_TYPE_VALUES)
