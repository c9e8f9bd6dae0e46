"""components models: GetAllPromptsResponseContentItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse2items21 import GetAllPromptsResponse2Items21
from .getallpromptsresponse2items22 import GetAllPromptsResponse2Items22

__all__ = [
    "GetAllPromptsResponseContentItems22",
    "decode_get_all_prompts_response_content_items22",
    "encode_get_all_prompts_response_content_items22",
]


GetAllPromptsResponseContentItems22 = Union[
    GetAllPromptsResponse2Items21, GetAllPromptsResponse2Items22
]


def decode_get_all_prompts_response_content_items22(
    data: Any,
) -> GetAllPromptsResponseContentItems22:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetAllPromptsResponse2Items21.from_dict(data)
    if tag == "image_url":
        return GetAllPromptsResponse2Items22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_all_prompts_response_content_items22(
    value: GetAllPromptsResponseContentItems22,
) -> Any:
    return value.to_dict()
