"""components models: Mode"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["MODE_VALUES", "Mode", "decode_mode"]


Mode = Literal["date", "datetime"]


MODE_VALUES = frozenset(("date", "datetime"))


def decode_mode(data: Any) -> Mode:
    if data.__class__ is str and data in MODE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, MODE_VALUES)
