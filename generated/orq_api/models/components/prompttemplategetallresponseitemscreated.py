"""components models: PromptTemplateGetAllResponseItemsCreated"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PromptTemplateGetAllResponseItemsCreated",
    "decode_prompt_template_get_all_response_items_created",
    "encode_prompt_template_get_all_response_items_created",
]


PromptTemplateGetAllResponseItemsCreated = Union[datetime, str]
"""The date and time the resource was created"""


def decode_prompt_template_get_all_response_items_created(
    data: Any,
) -> PromptTemplateGetAllResponseItemsCreated:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_datetime(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [e0 or _rt.error_of(_rt.d_datetime, data), e1 or _rt.error_of(_rt.d_str, data)]
    )


def encode_prompt_template_get_all_response_items_created(
    value: PromptTemplateGetAllResponseItemsCreated,
) -> Any:
    return _rt.encode(value)
