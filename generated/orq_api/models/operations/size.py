"""operations models: Size"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["SIZE_VALUES", "Size", "decode_size"]


Size = Literal["256x256", "512x512", "1024x1024"]
"""The size of the image"""


SIZE_VALUES = frozenset(("256x256", "512x512", "1024x1024"))


def decode_size(data: Any) -> Size:
    if data.__class__ is str and data in SIZE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, SIZE_VALUES)
