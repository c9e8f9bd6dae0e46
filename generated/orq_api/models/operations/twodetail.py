"""operations models: TwoDetail"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["TWO_DETAIL_VALUES", "TwoDetail", "decode_two_detail"]


TwoDetail = Literal["low", "high", "auto"]
"""Specifies the detail level of the image."""


TWO_DETAIL_VALUES = frozenset(("low", "high", "auto"))


def decode_two_detail(data: Any) -> TwoDetail:
    if data.__class__ is str and data in TWO_DETAIL_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, TWO_DETAIL_VALUES)
