"""components models: ItemsOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponseowner2 import (
    PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER2_VALUES,
    PromptTemplateGetAllResponseOwner2,
    decode_prompt_template_get_all_response_owner2,
)

__all__ = ["ItemsOwner", "decode_items_owner", "encode_items_owner"]


ItemsOwner = Union[str, PromptTemplateGetAllResponseOwner2]


def decode_items_owner(data: Any) -> ItemsOwner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_prompt_template_get_all_response_owner2(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(decode_prompt_template_get_all_response_owner2, data),
        ]
    )


def encode_items_owner(value: ItemsOwner) -> Any:
    return _rt.encode(value)
