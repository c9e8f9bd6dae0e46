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
""""""


def decode_get_all_prompts_response_content_items3_versions2(
    data: Any,
) -> GetAllPromptsResponseContentItems3Versions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetAllPromptsResponse2Items3Versions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetAllPromptsResponse2Items3Versions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponse2Items3Versions1.from_dict, data),
            _rt.error_of(GetAllPromptsResponse2Items3Versions2.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_content_items3_versions2(
    value: GetAllPromptsResponseContentItems3Versions2,
) -> Any:
    return value.to_dict()
