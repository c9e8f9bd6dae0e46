"""components models: Status"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["STATUS_VALUES", "Status", "decode_status"]


Status = Literal["pending", "completed", "failed"]


STATUS_VALUES = frozenset(("pending", "completed", "failed"))


def decode_status(data: Any) -> Status:
    if data.__class__ is str and data in STATUS_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, STATUS_VALUES)
