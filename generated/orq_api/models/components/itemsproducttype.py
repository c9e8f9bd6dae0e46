"""components models: ItemsProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_PRODUCT_TYPE_VALUES", "ItemsProductType", "decode_items_product_type"]


ItemsProductType = Literal["remoteconfigs"]


ITEMS_PRODUCT_TYPE_VALUES = frozenset(("remoteconfigs",))


def decode_items_product_type(data: Any) -> ItemsProductType:
    if data.__class__ is str and data in ITEMS_PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_PRODUCT_TYPE_VALUES)
