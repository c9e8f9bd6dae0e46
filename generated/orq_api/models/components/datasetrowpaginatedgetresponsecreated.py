"""components models: DatasetRowPaginatedGetResponseCreated"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

DatasetRowPaginatedGetResponseCreated = Union[datetime, str]
"""The date and time the resource was created"""


def decode_dataset_row_paginated_get_response_created(
    data: Any,
) -> DatasetRowPaginatedGetResponseCreated:
    errors: List[ValidationError] = []
    try:
        return _rt.d_datetime(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_dataset_row_paginated_get_response_created(
    value: DatasetRowPaginatedGetResponseCreated,
) -> Any:
    return _rt.encode(value)
