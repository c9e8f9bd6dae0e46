"""components models: DatasetRowGetResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_ROW_GET_RESPONSE_TYPE_VALUES",
    "DatasetRowGetResponseType",
    "decode_dataset_row_get_response_type",
]


DatasetRowGetResponseType = Literal["function"]


DATASET_ROW_GET_RESPONSE_TYPE_VALUES = frozenset(("function",))


def decode_dataset_row_get_response_type(data: Any) -> DatasetRowGetResponseType:
    if data.__class__ is str and data in DATASET_ROW_GET_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_ROW_GET_RESPONSE_TYPE_VALUES)
