"""components models: ProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["PRODUCT_TYPE_VALUES", "ProductType", "decode_product_type"]


ProductType = Literal["deployments"]


PRODUCT_TYPE_VALUES = frozenset(("deployments",))


def decode_product_type(data: Any) -> ProductType:
    if data.__class__ is str and data in PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PRODUCT_TYPE_VALUES)
