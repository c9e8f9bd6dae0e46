"""components models: DatasetRowPaginatedGetResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .datasetrowpaginatedgetresponse21 import DatasetRowPaginatedGetResponse21
from .datasetrowpaginatedgetresponse22 import DatasetRowPaginatedGetResponse22

DatasetRowPaginatedGetResponseContent2 = Union[
    "DatasetRowPaginatedGetResponse21", "DatasetRowPaginatedGetResponse22"
]
""""""


def decode_dataset_row_paginated_get_response_content2(
    data: Any,
) -> DatasetRowPaginatedGetResponseContent2:
    errors: List[ValidationError] = []
    try:
        return DatasetRowPaginatedGetResponse21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DatasetRowPaginatedGetResponse22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_dataset_row_paginated_get_response_content2(
    value: DatasetRowPaginatedGetResponseContent2,
) -> Any:
    return value.to_dict()
