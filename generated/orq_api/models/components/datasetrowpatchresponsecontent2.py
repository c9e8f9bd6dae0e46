"""components models: DatasetRowPatchResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpatchresponse21 import DatasetRowPatchResponse21
from .datasetrowpatchresponse22 import DatasetRowPatchResponse22

__all__ = [
    "DatasetRowPatchResponseContent2",
    "decode_dataset_row_patch_response_content2",
    "encode_dataset_row_patch_response_content2",
]


DatasetRowPatchResponseContent2 = Union[
    DatasetRowPatchResponse21, DatasetRowPatchResponse22
]
""""""


def decode_dataset_row_patch_response_content2(
    data: Any,
) -> DatasetRowPatchResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return DatasetRowPatchResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return DatasetRowPatchResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(DatasetRowPatchResponse21.from_dict, data),
            _rt.error_of(DatasetRowPatchResponse22.from_dict, data),
        ]
    )


def encode_dataset_row_patch_response_content2(
    value: DatasetRowPatchResponseContent2,
) -> Any:
    return value.to_dict()
