"""components models: GetAllPromptsResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponseitems1 import GetAllPromptsResponseItems1
from .getallpromptsresponseitems2 import GetAllPromptsResponseItems2
from .getallpromptsresponseitems3 import GetAllPromptsResponseItems3

__all__ = [
    "GetAllPromptsResponseItems",
    "decode_get_all_prompts_response_items",
    "encode_get_all_prompts_response_items",
]


GetAllPromptsResponseItems = Union[
    GetAllPromptsResponseItems1,
    GetAllPromptsResponseItems2,
    GetAllPromptsResponseItems3,
]
""""""


def decode_get_all_prompts_response_items(data: Any) -> GetAllPromptsResponseItems:
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "type" in data
    ):
        try:
            return GetAllPromptsResponseItems1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "key" in data
        and "type" in data
    ):
        try:
            return GetAllPromptsResponseItems2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "type" in data
    ):
        try:
            return GetAllPromptsResponseItems3.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetAllPromptsResponseItems1.from_dict, data),
            _rt.error_of(GetAllPromptsResponseItems2.from_dict, data),
            _rt.error_of(GetAllPromptsResponseItems3.from_dict, data),
        ]
    )


def encode_get_all_prompts_response_items(value: GetAllPromptsResponseItems) -> Any:
    return value.to_dict()
