"""operations models: Object"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OBJECT_VALUES", "Object", "decode_object"]


Object = Literal["chat", "completion", "image"]
"""Indicates the type of model used to generate the response"""


OBJECT_VALUES = frozenset(("chat", "completion", "image"))


def decode_object(data: Any) -> Object:
    if data.__class__ is str and data in OBJECT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OBJECT_VALUES)
