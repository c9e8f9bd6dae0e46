"""components models: GetAllPromptsResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse21 import GetAllPromptsResponse21
from .getallpromptsresponse22 import GetAllPromptsResponse22

__all__ = [
    "GetAllPromptsResponseContent2",
    "decode_get_all_prompts_response_content2",
    "encode_get_all_prompts_response_content2",
]


GetAllPromptsResponseContent2 = Union[GetAllPromptsResponse21, GetAllPromptsResponse22]


def decode_get_all_prompts_response_content2(
    data: Any,
) -> GetAllPromptsResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetAllPromptsResponse21.from_dict(data)
    if tag == "image_url":
        return GetAllPromptsResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_all_prompts_response_content2(
    value: GetAllPromptsResponseContent2,
) -> Any:
    return value.to_dict()
