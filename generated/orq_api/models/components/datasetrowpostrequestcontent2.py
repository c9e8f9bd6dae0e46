"""components models: DatasetRowPostRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostrequest21 import DatasetRowPostRequest21
from .datasetrowpostrequest22 import DatasetRowPostRequest22

__all__ = [
    "DatasetRowPostRequestContent2",
    "decode_dataset_row_post_request_content2",
    "encode_dataset_row_post_request_content2",
]


DatasetRowPostRequestContent2 = Union[DatasetRowPostRequest21, DatasetRowPostRequest22]
""""""


def decode_dataset_row_post_request_content2(
    data: Any,
) -> DatasetRowPostRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DatasetRowPostRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DatasetRowPostRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DatasetRowPostRequest21.from_dict, data),
            _rt.error_of(DatasetRowPostRequest22.from_dict, data),
        ]
    )


def encode_dataset_row_post_request_content2(
    value: DatasetRowPostRequestContent2,
) -> Any:
    return value.to_dict()
