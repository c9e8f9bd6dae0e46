"""operations models: Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["TYPE_VALUES", "Type", "decode_type"]


Type = Literal["text"]


TYPE_VALUES = frozenset(("text",))


def decode_type(data: Any) -> Type:
    if data.__class__ is str and data in TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, TYPE_VALUES)
