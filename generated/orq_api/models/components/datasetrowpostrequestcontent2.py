"""components models: DatasetRowPostRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .datasetrowpostrequest21 import DatasetRowPostRequest21
from .datasetrowpostrequest22 import DatasetRowPostRequest22

DatasetRowPostRequestContent2 = Union[
    "DatasetRowPostRequest21", "DatasetRowPostRequest22"
]
""""""


def decode_dataset_row_post_request_content2(
    data: Any,
) -> DatasetRowPostRequestContent2:
    errors: List[ValidationError] = []
    try:
        return DatasetRowPostRequest21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DatasetRowPostRequest22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_dataset_row_post_request_content2(
    value: DatasetRowPostRequestContent2,
) -> Any:
    return value.to_dict()
