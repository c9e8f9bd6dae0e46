"""components models: GetAllPromptsResponseItemsOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponseowner2 import (
    GET_ALL_PROMPTS_RESPONSE_OWNER2_VALUES,
    GetAllPromptsResponseOwner2,
    decode_get_all_prompts_response_owner2,
)

__all__ = [
    "GetAllPromptsResponseItemsOwner",
    "decode_get_all_prompts_response_items_owner",
    "encode_get_all_prompts_response_items_owner",
]


GetAllPromptsResponseItemsOwner = Union[str, GetAllPromptsResponseOwner2]


def decode_get_all_prompts_response_items_owner(
    data: Any,
) -> GetAllPromptsResponseItemsOwner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_get_all_prompts_response_owner2(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(decode_get_all_prompts_response_owner2, data),
        ]
    )


def encode_get_all_prompts_response_items_owner(
    value: GetAllPromptsResponseItemsOwner,
) -> Any:
    return _rt.encode(value)
