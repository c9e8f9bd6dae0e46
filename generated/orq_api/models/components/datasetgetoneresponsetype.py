"""components models: DatasetGetOneResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_GET_ONE_RESPONSE_TYPE_VALUES",
    "DatasetGetOneResponseType",
    "decode_dataset_get_one_response_type",
]


DatasetGetOneResponseType = Literal["function"]


DATASET_GET_ONE_RESPONSE_TYPE_VALUES = frozenset(("function",))


def decode_dataset_get_one_response_type(data: Any) -> DatasetGetOneResponseType:
    if data.__class__ is str and data in DATASET_GET_ONE_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_GET_ONE_RESPONSE_TYPE_VALUES)
