"""components models: DatasetRowPostBulkRequest2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_ROW_POST_BULK_REQUEST2_TYPE_VALUES",
    "DatasetRowPostBulkRequest2Type",
    "decode_dataset_row_post_bulk_request2_type",
]


DatasetRowPostBulkRequest2Type = Literal["text"]


DATASET_ROW_POST_BULK_REQUEST2_TYPE_VALUES = frozenset(("text",))


def decode_dataset_row_post_bulk_request2_type(
    data: Any,
) -> DatasetRowPostBulkRequest2Type:
    if data.__class__ is str and data in DATASET_ROW_POST_BULK_REQUEST2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_ROW_POST_BULK_REQUEST2_TYPE_VALUES)
