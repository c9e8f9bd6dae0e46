"""components models: GetAllPromptsResponseContentItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse2items1 import GetAllPromptsResponse2Items1
from .getallpromptsresponse2items2 import GetAllPromptsResponse2Items2

__all__ = [
    "GetAllPromptsResponseContentItems2",
    "decode_get_all_prompts_response_content_items2",
    "encode_get_all_prompts_response_content_items2",
]


GetAllPromptsResponseContentItems2 = Union[
    GetAllPromptsResponse2Items1, GetAllPromptsResponse2Items2
]


def decode_get_all_prompts_response_content_items2(
    data: Any,
) -> GetAllPromptsResponseContentItems2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetAllPromptsResponse2Items1.from_dict(data)
    if tag == "image_url":
        return GetAllPromptsResponse2Items2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_all_prompts_response_content_items2(
    value: GetAllPromptsResponseContentItems2,
) -> Any:
    return value.to_dict()
