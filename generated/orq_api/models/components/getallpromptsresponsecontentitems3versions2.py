"""components models: GetAllPromptsResponseContentItems3Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse2items3versions1 import GetAllPromptsResponse2Items3Versions1
from .getallpromptsresponse2items3versions2 import GetAllPromptsResponse2Items3Versions2

__all__ = [
    "GetAllPromptsResponseContentItems3Versions2",
    "decode_get_all_prompts_response_content_items3_versions2",
    "encode_get_all_prompts_response_content_items3_versions2",
]


GetAllPromptsResponseContentItems3Versions2 = Union[
    GetAllPromptsResponse2Items3Versions1, GetAllPromptsResponse2Items3Versions2
]


def decode_get_all_prompts_response_content_items3_versions2(
    data: Any,
) -> GetAllPromptsResponseContentItems3Versions2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetAllPromptsResponse2Items3Versions1.from_dict(data)
    if tag == "image_url":
        return GetAllPromptsResponse2Items3Versions2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_all_prompts_response_content_items3_versions2(
    value: GetAllPromptsResponseContentItems3Versions2,
) -> Any:
    return value.to_dict()
