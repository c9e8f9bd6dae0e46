"""components models: GetAllPromptsResponseContentItems32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse2items31 import GetAllPromptsResponse2Items31
from .getallpromptsresponse2items32 import GetAllPromptsResponse2Items32

__all__ = [
    "GetAllPromptsResponseContentItems32",
    "decode_get_all_prompts_response_content_items32",
    "encode_get_all_prompts_response_content_items32",
]


GetAllPromptsResponseContentItems32 = Union[
    GetAllPromptsResponse2Items31, GetAllPromptsResponse2Items32
]


def decode_get_all_prompts_response_content_items32(
    data: Any,
) -> GetAllPromptsResponseContentItems32:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetAllPromptsResponse2Items31.from_dict(data)
    if tag == "image_url":
        return GetAllPromptsResponse2Items32.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_all_prompts_response_content_items32(
    value: GetAllPromptsResponseContentItems32,
) -> Any:
    return value.to_dict()
