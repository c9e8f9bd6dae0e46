"""components models: DatasetRowPostBulkRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostbulkrequest21 import DatasetRowPostBulkRequest21
from .datasetrowpostbulkrequest22 import DatasetRowPostBulkRequest22

__all__ = [
    "DatasetRowPostBulkRequestContent2",
    "decode_dataset_row_post_bulk_request_content2",
    "encode_dataset_row_post_bulk_request_content2",
]


DatasetRowPostBulkRequestContent2 = Union[
    DatasetRowPostBulkRequest21, DatasetRowPostBulkRequest22
]
""""""


def decode_dataset_row_post_bulk_request_content2(
    data: Any,
) -> DatasetRowPostBulkRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DatasetRowPostBulkRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DatasetRowPostBulkRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DatasetRowPostBulkRequest21.from_dict, data),
            _rt.error_of(DatasetRowPostBulkRequest22.from_dict, data),
        ]
    )


def encode_dataset_row_post_bulk_request_content2(
    value: DatasetRowPostBulkRequestContent2,
) -> Any:
    return value.to_dict()
