"""operations models: MessagesRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["MESSAGES_ROLE_VALUES", "MessagesRole", "decode_messages_role"]


MessagesRole = Literal["system"]
"""The role of the messages author, in this case **system**."""


MESSAGES_ROLE_VALUES = frozenset(("system",))


def decode_messages_role(data: Any) -> MessagesRole:
    if data.__class__ is str and data in MESSAGES_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, MESSAGES_ROLE_VALUES)
