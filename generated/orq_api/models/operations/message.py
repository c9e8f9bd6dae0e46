"""operations models: Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .message1 import Message1
from .message2 import Message2
from .three import Three

Message = Union["Message1", "Message2", "Three"]
""""""


def decode_message(data: Any) -> Message:
    errors: List[ValidationError] = []
    try:
        return Message1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Message2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Three.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_message(value: Message) -> Any:
    return value.to_dict()
