"""components models: DatasetGetOneResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetgetoneresponse21 import DatasetGetOneResponse21
from .datasetgetoneresponse22 import DatasetGetOneResponse22

__all__ = [
    "DatasetGetOneResponseContent2",
    "decode_dataset_get_one_response_content2",
    "encode_dataset_get_one_response_content2",
]


DatasetGetOneResponseContent2 = Union[DatasetGetOneResponse21, DatasetGetOneResponse22]


def decode_dataset_get_one_response_content2(
    data: Any,
) -> DatasetGetOneResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DatasetGetOneResponse21.from_dict(data)
    if tag == "image_url":
        return DatasetGetOneResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_dataset_get_one_response_content2(
    value: DatasetGetOneResponseContent2,
) -> Any:
    return value.to_dict()
