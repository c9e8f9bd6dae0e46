"""components models: DatasetRowPostResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostresponse21 import DatasetRowPostResponse21
from .datasetrowpostresponse22 import DatasetRowPostResponse22

__all__ = [
    "DatasetRowPostResponseContent2",
    "decode_dataset_row_post_response_content2",
    "encode_dataset_row_post_response_content2",
]


DatasetRowPostResponseContent2 = Union[
    DatasetRowPostResponse21, DatasetRowPostResponse22
]
""""""


def decode_dataset_row_post_response_content2(
    data: Any,
) -> DatasetRowPostResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DatasetRowPostResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DatasetRowPostResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DatasetRowPostResponse21.from_dict, data),
            _rt.error_of(DatasetRowPostResponse22.from_dict, data),
        ]
    )


def encode_dataset_row_post_response_content2(
    value: DatasetRowPostResponseContent2,
) -> Any:
    return value.to_dict()
