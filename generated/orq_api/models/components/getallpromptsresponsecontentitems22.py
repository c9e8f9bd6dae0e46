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
""""""


def decode_get_all_prompts_response_content_items22(
    data: Any,
) -> GetAllPromptsResponseContentItems22:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetAllPromptsResponse2Items21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetAllPromptsResponse2Items22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponse2Items21.from_dict, data),
            _rt.error_of(GetAllPromptsResponse2Items22.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_content_items22(
    value: GetAllPromptsResponseContentItems22,
) -> Any:
    return value.to_dict()
