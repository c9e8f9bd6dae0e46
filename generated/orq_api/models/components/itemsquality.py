"""components models: ItemsQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_QUALITY_VALUES", "ItemsQuality", "decode_items_quality"]


ItemsQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


ITEMS_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_items_quality(data: Any) -> ItemsQuality:
    if data.__class__ is str and data in ITEMS_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_QUALITY_VALUES)
