"""components models: DatasetRowGetResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowgetresponse21 import DatasetRowGetResponse21
from .datasetrowgetresponse22 import DatasetRowGetResponse22

__all__ = [
    "DatasetRowGetResponseContent2",
    "decode_dataset_row_get_response_content2",
    "encode_dataset_row_get_response_content2",
]


DatasetRowGetResponseContent2 = Union[DatasetRowGetResponse21, DatasetRowGetResponse22]
""""""


def decode_dataset_row_get_response_content2(
    data: Any,
) -> DatasetRowGetResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DatasetRowGetResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DatasetRowGetResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DatasetRowGetResponse21.from_dict, data),
            _rt.error_of(DatasetRowGetResponse22.from_dict, data),
        ]
    )


def encode_dataset_row_get_response_content2(
    value: DatasetRowGetResponseContent2,
) -> Any:
    return value.to_dict()
