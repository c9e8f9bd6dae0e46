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
""""""


def decode_get_all_prompts_response_content_items2(
    data: Any,
) -> GetAllPromptsResponseContentItems2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetAllPromptsResponse2Items1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetAllPromptsResponse2Items2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponse2Items1.from_dict, data),
            _rt.error_of(GetAllPromptsResponse2Items2.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_content_items2(
    value: GetAllPromptsResponseContentItems2,
) -> Any:
    return value.to_dict()
