"""components models: Detail"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DETAIL_VALUES", "Detail", "decode_detail"]


Detail = Literal["low", "high", "auto"]
"""Specifies the detail level of the image."""


DETAIL_VALUES = frozenset(("low", "high", "auto"))


def decode_detail(data: Any) -> Detail:
    if data.__class__ is str and data in DETAIL_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DETAIL_VALUES)
