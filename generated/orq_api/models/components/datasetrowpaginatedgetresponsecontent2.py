"""components models: DatasetRowPaginatedGetResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpaginatedgetresponse21 import DatasetRowPaginatedGetResponse21
from .datasetrowpaginatedgetresponse22 import DatasetRowPaginatedGetResponse22

__all__ = [
    "DatasetRowPaginatedGetResponseContent2",
    "decode_dataset_row_paginated_get_response_content2",
    "encode_dataset_row_paginated_get_response_content2",
]


DatasetRowPaginatedGetResponseContent2 = Union[
    DatasetRowPaginatedGetResponse21, DatasetRowPaginatedGetResponse22
]
""""""


def decode_dataset_row_paginated_get_response_content2(
    data: Any,
) -> DatasetRowPaginatedGetResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DatasetRowPaginatedGetResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DatasetRowPaginatedGetResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DatasetRowPaginatedGetResponse21.from_dict, data),
            _rt.error_of(DatasetRowPaginatedGetResponse22.from_dict, data),
        ]
    )


def encode_dataset_row_paginated_get_response_content2(
    value: DatasetRowPaginatedGetResponseContent2,
) -> Any:
    return value.to_dict()
