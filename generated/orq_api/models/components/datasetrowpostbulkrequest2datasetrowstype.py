"""components models: DatasetRowPostBulkRequest2DatasetRowsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_ROW_POST_BULK_REQUEST2_DATASET_ROWS_TYPE_VALUES",
    "DatasetRowPostBulkRequest2DatasetRowsType",
    "decode_dataset_row_post_bulk_request2_dataset_rows_type",
]


DatasetRowPostBulkRequest2DatasetRowsType = Literal["image_url"]


DATASET_ROW_POST_BULK_REQUEST2_DATASET_ROWS_TYPE_VALUES = frozenset(("image_url",))


def decode_dataset_row_post_bulk_request2_dataset_rows_type(
    data: Any,
) -> DatasetRowPostBulkRequest2DatasetRowsType:
    if (
        data.__class__ is str
        and data in DATASET_ROW_POST_BULK_REQUEST2_DATASET_ROWS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_ROW_POST_BULK_REQUEST2_DATASET_ROWS_TYPE_VALUES)
