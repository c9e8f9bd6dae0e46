"""components models: ItemsOperator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_OPERATOR_VALUES", "ItemsOperator", "decode_items_operator"]


ItemsOperator = Literal["eq", "ne", "gt", "gte", "lt", "lte"]


ITEMS_OPERATOR_VALUES = frozenset(("eq", "ne", "gt", "gte", "lt", "lte"))


def decode_items_operator(data: Any) -> ItemsOperator:
    if data.__class__ is str and data in ITEMS_OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_OPERATOR_VALUES)
