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


def decode_prompt_template_get_all_response_items(
    data: Any,
) -> PromptTemplateGetAllResponseItems:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "prompt":
        return Items1.from_dict(data)
    if tag == "snippet":
        return Items2.from_dict(data)
    if tag == "template":
        return Items3.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("prompt", "snippet", "template")).at(
        _rt.key_segment("type")
    )


def encode_prompt_template_get_all_response_items(
    value: PromptTemplateGetAllResponseItems,
) -> Any:
    return value.to_dict()
