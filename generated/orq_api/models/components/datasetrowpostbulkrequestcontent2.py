"""components models: DatasetRowPostBulkRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .datasetrowpostbulkrequest21 import DatasetRowPostBulkRequest21
from .datasetrowpostbulkrequest22 import DatasetRowPostBulkRequest22

DatasetRowPostBulkRequestContent2 = Union[
    "DatasetRowPostBulkRequest21", "DatasetRowPostBulkRequest22"
]
""""""


def decode_dataset_row_post_bulk_request_content2(
    data: Any,
) -> DatasetRowPostBulkRequestContent2:
    errors: List[ValidationError] = []
    try:
        return DatasetRowPostBulkRequest21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DatasetRowPostBulkRequest22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_dataset_row_post_bulk_request_content2(
    value: DatasetRowPostBulkRequestContent2,
) -> Any:
    return value.to_dict()
