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
""""""


def decode_get_all_prompts_response_content_items32(
    data: Any,
) -> GetAllPromptsResponseContentItems32:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetAllPromptsResponse2Items31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetAllPromptsResponse2Items32.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponse2Items31.from_dict, data),
            _rt.error_of(GetAllPromptsResponse2Items32.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_content_items32(
    value: GetAllPromptsResponseContentItems32,
) -> Any:
    return value.to_dict()
