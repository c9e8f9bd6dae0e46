"""components models: PromptTemplateGetAllResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .items1 import Items1
from .items2 import Items2
from .items3 import Items3

__all__ = [
    "PromptTemplateGetAllResponseItems",
    "decode_prompt_template_get_all_response_items",
    "encode_prompt_template_get_all_response_items",
]


PromptTemplateGetAllResponseItems = Union[Items1, Items2, Items3]
""""""


def decode_prompt_template_get_all_response_items(
    data: Any,
) -> PromptTemplateGetAllResponseItems:
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
            return Items1.from_dict(data)
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
            return Items2.from_dict(data)
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
            return Items3.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Items1.from_dict, data),
            _rt.error_of(Items2.from_dict, data),
            _rt.error_of(Items3.from_dict, data),
        ]
    )


def encode_prompt_template_get_all_response_items(
    value: PromptTemplateGetAllResponseItems,
) -> Any:
    return value.to_dict()
