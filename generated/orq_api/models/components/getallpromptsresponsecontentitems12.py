"""components models: GetAllPromptsResponseContentItems12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse2items11 import GetAllPromptsResponse2Items11
from .getallpromptsresponse2items12 import GetAllPromptsResponse2Items12

__all__ = [
    "GetAllPromptsResponseContentItems12",
    "decode_get_all_prompts_response_content_items12",
    "encode_get_all_prompts_response_content_items12",
]


GetAllPromptsResponseContentItems12 = Union[
    GetAllPromptsResponse2Items11, GetAllPromptsResponse2Items12
]


def decode_get_all_prompts_response_content_items12(
    data: Any,
) -> GetAllPromptsResponseContentItems12:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetAllPromptsResponse2Items11.from_dict(data)
    if tag == "image_url":
        return GetAllPromptsResponse2Items12.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_all_prompts_response_content_items12(
    value: GetAllPromptsResponseContentItems12,
) -> Any:
    return value.to_dict()
