"""components models: GetAllPromptsResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponseitems1 import GetAllPromptsResponseItems1
from .getallpromptsresponseitems2 import GetAllPromptsResponseItems2
from .getallpromptsresponseitems3 import GetAllPromptsResponseItems3

__all__ = [
    "GetAllPromptsResponseItems",
    "decode_get_all_prompts_response_items",
    "encode_get_all_prompts_response_items",
]


GetAllPromptsResponseItems = Union[
    GetAllPromptsResponseItems1,
    GetAllPromptsResponseItems2,
    GetAllPromptsResponseItems3,
]


def decode_get_all_prompts_response_items(data: Any) -> GetAllPromptsResponseItems:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "prompt":
        return GetAllPromptsResponseItems1.from_dict(data)
    if tag == "snippet":
        return GetAllPromptsResponseItems2.from_dict(data)
    if tag == "template":
        return GetAllPromptsResponseItems3.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("prompt", "snippet", "template")).at(
        _rt.key_segment("type")
    )


def encode_get_all_prompts_response_items(value: GetAllPromptsResponseItems) -> Any:
    return value.to_dict()
