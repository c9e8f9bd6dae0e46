"""components models: DatasetRowPostBulkRequestContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostbulkrequestcontent2 import (
    DatasetRowPostBulkRequestContent2,
    decode_dataset_row_post_bulk_request_content2,
    encode_dataset_row_post_bulk_request_content2,
)

__all__ = [
    "DatasetRowPostBulkRequestContent",
    "decode_dataset_row_post_bulk_request_content",
    "encode_dataset_row_post_bulk_request_content",
]


DatasetRowPostBulkRequestContent = Union[str, List[DatasetRowPostBulkRequestContent2]]
"""The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""


def decode_dataset_row_post_bulk_request_content(
    data: Any,
) -> DatasetRowPostBulkRequestContent:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(decode_dataset_row_post_bulk_request_content2)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(
                _rt.list_of(decode_dataset_row_post_bulk_request_content2), data
            ),
        ]
    )


def encode_dataset_row_post_bulk_request_content(
    value: DatasetRowPostBulkRequestContent,
) -> Any:
    return _rt.encode(value)
