"""components models: GetAllPromptsResponseItemsItemsOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getallpromptsresponseowneritems2 import (
    GET_ALL_PROMPTS_RESPONSE_OWNER_ITEMS2_VALUES,
    GetAllPromptsResponseOwnerItems2,
    decode_get_all_prompts_response_owner_items2,
)

GetAllPromptsResponseItemsItemsOwner = Union[str, "GetAllPromptsResponseOwnerItems2"]
""""""


def decode_get_all_prompts_response_items_items_owner(
    data: Any,
) -> GetAllPromptsResponseItemsItemsOwner:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return decode_get_all_prompts_response_owner_items2(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_all_prompts_response_items_items_owner(
    value: GetAllPromptsResponseItemsItemsOwner,
) -> Any:
    return _rt.encode(value)
