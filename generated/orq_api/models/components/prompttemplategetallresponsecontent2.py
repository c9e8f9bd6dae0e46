"""components models: PromptTemplateGetAllResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse21 import PromptTemplateGetAllResponse21
from .prompttemplategetallresponse22 import PromptTemplateGetAllResponse22

__all__ = [
    "PromptTemplateGetAllResponseContent2",
    "decode_prompt_template_get_all_response_content2",
    "encode_prompt_template_get_all_response_content2",
]


PromptTemplateGetAllResponseContent2 = Union[
    PromptTemplateGetAllResponse21, PromptTemplateGetAllResponse22
]


def decode_prompt_template_get_all_response_content2(
    data: Any,
) -> PromptTemplateGetAllResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptTemplateGetAllResponse21.from_dict(data)
    if tag == "image_url":
        return PromptTemplateGetAllResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_template_get_all_response_content2(
    value: PromptTemplateGetAllResponseContent2,
) -> Any:
    return value.to_dict()
