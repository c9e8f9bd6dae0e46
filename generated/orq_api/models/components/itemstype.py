"""components models: ItemsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_TYPE_VALUES", "ItemsType", "decode_items_type"]


ItemsType = Literal["prompt"]


ITEMS_TYPE_VALUES = frozenset(("prompt",))


def decode_items_type(data: Any) -> ItemsType:
    if data.__class__ is str and data in ITEMS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_TYPE_VALUES)
