"""components models: DatasetGetOneResponse2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_GET_ONE_RESPONSE2_TYPE_VALUES",
    "DatasetGetOneResponse2Type",
    "decode_dataset_get_one_response2_type",
]


DatasetGetOneResponse2Type = Literal["text"]


DATASET_GET_ONE_RESPONSE2_TYPE_VALUES = frozenset(("text",))


def decode_dataset_get_one_response2_type(data: Any) -> DatasetGetOneResponse2Type:
    if data.__class__ is str and data in DATASET_GET_ONE_RESPONSE2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_GET_ONE_RESPONSE2_TYPE_VALUES)
