"""components models: GetAllPromptsResponseItemsItems1Content"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponsecontentitems12 import (
    GetAllPromptsResponseContentItems12,
    decode_get_all_prompts_response_content_items12,
    encode_get_all_prompts_response_content_items12,
)

__all__ = [
    "GetAllPromptsResponseItemsItems1Content",
    "decode_get_all_prompts_response_items_items1_content",
    "encode_get_all_prompts_response_items_items1_content",
]


GetAllPromptsResponseItemsItems1Content = Union[
    str, List[GetAllPromptsResponseContentItems12]
]
"""The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""


def decode_get_all_prompts_response_items_items1_content(
    data: Any,
) -> GetAllPromptsResponseItemsItems1Content:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(decode_get_all_prompts_response_content_items12)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(
                _rt.list_of(decode_get_all_prompts_response_content_items12), data
            ),
        ]
    )


def encode_get_all_prompts_response_items_items1_content(
    value: GetAllPromptsResponseItemsItems1Content,
) -> Any:
    return _rt.encode(value)
