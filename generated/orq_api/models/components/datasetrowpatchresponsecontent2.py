"""components models: DatasetRowPatchResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .datasetrowpatchresponse21 import DatasetRowPatchResponse21
from .datasetrowpatchresponse22 import DatasetRowPatchResponse22

DatasetRowPatchResponseContent2 = Union[
    "DatasetRowPatchResponse21", "DatasetRowPatchResponse22"
]
""""""


def decode_dataset_row_patch_response_content2(
    data: Any,
) -> DatasetRowPatchResponseContent2:
    errors: List[ValidationError] = []
    try:
        return DatasetRowPatchResponse21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return DatasetRowPatchResponse22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_dataset_row_patch_response_content2(
    value: DatasetRowPatchResponseContent2,
) -> Any:
    return value.to_dict()
