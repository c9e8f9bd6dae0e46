"""components models: GetAllPromptsResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponse21 import GetAllPromptsResponse21
from .getallpromptsresponse22 import GetAllPromptsResponse22

__all__ = [
    "GetAllPromptsResponseContent2",
    "decode_get_all_prompts_response_content2",
    "encode_get_all_prompts_response_content2",
]


GetAllPromptsResponseContent2 = Union[GetAllPromptsResponse21, GetAllPromptsResponse22]
""""""


def decode_get_all_prompts_response_content2(
    data: Any,
) -> GetAllPromptsResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetAllPromptsResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetAllPromptsResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponse21.from_dict, data),
            _rt.error_of(GetAllPromptsResponse22.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_content2(
    value: GetAllPromptsResponseContent2,
) -> Any:
    return value.to_dict()
