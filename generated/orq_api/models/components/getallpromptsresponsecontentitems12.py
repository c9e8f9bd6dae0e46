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
""""""


def decode_get_all_prompts_response_content_items12(
    data: Any,
) -> GetAllPromptsResponseContentItems12:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetAllPromptsResponse2Items11.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetAllPromptsResponse2Items12.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponse2Items11.from_dict, data),
            _rt.error_of(GetAllPromptsResponse2Items12.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_content_items12(
    value: GetAllPromptsResponseContentItems12,
) -> Any:
    return value.to_dict()
