"""components models: PromptTemplateGetAllResponseItemsOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponseowneritems2 import (
    PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER_ITEMS2_VALUES,
    PromptTemplateGetAllResponseOwnerItems2,
    decode_prompt_template_get_all_response_owner_items2,
)

__all__ = [
    "PromptTemplateGetAllResponseItemsOwner",
    "decode_prompt_template_get_all_response_items_owner",
    "encode_prompt_template_get_all_response_items_owner",
]


PromptTemplateGetAllResponseItemsOwner = Union[
    str, PromptTemplateGetAllResponseOwnerItems2
]


def decode_prompt_template_get_all_response_items_owner(
    data: Any,
) -> PromptTemplateGetAllResponseItemsOwner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_prompt_template_get_all_response_owner_items2(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(decode_prompt_template_get_all_response_owner_items2, data),
        ]
    )


def encode_prompt_template_get_all_response_items_owner(
    value: PromptTemplateGetAllResponseItemsOwner,
) -> Any:
    return _rt.encode(value)
