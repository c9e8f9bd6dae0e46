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


def decode_dataset_row_patch_response_content2(
    data: Any,
) -> DatasetRowPatchResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DatasetRowPatchResponse21.from_dict(data)
    if tag == "image_url":
        return DatasetRowPatchResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_dataset_row_patch_response_content2(
    value: DatasetRowPatchResponseContent2,
) -> Any:
    return value.to_dict()
