"""components models: Deployment2DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT2_DATA_TYPE_VALUES",
    "Deployment2DataType",
    "decode_deployment2_data_type",
]


Deployment2DataType = Literal["image_url"]


DEPLOYMENT2_DATA_TYPE_VALUES = frozenset(("image_url",))


def decode_deployment2_data_type(data: Any) -> Deployment2DataType:
    if data.__class__ is str and data in DEPLOYMENT2_DATA_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT2_DATA_TYPE_VALUES)
