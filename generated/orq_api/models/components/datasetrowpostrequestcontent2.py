"""components models: DatasetRowPostRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostrequest21 import DatasetRowPostRequest21
from .datasetrowpostrequest22 import DatasetRowPostRequest22

__all__ = [
    "DatasetRowPostRequestContent2",
    "decode_dataset_row_post_request_content2",
    "encode_dataset_row_post_request_content2",
]


DatasetRowPostRequestContent2 = Union[DatasetRowPostRequest21, DatasetRowPostRequest22]


def decode_dataset_row_post_request_content2(
    data: Any,
) -> DatasetRowPostRequestContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return DatasetRowPostRequest21.from_dict(data)
    if tag == "image_url":
        return DatasetRowPostRequest22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_dataset_row_post_request_content2(
    value: DatasetRowPostRequestContent2,
) -> Any:
    return value.to_dict()
