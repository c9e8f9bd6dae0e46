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


def decode_dataset_row_get_response_content2(
    data: Any,
) -> DatasetRowGetResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DatasetRowGetResponse21.from_dict(data)
    if tag == "image_url":
        return DatasetRowGetResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_dataset_row_get_response_content2(
    value: DatasetRowGetResponseContent2,
) -> Any:
    return value.to_dict()
