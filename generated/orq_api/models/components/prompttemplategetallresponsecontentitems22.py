"""components models: PromptTemplateGetAllResponseContentItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items21 import PromptTemplateGetAllResponse2Items21
from .prompttemplategetallresponse2items22 import PromptTemplateGetAllResponse2Items22

__all__ = [
    "PromptTemplateGetAllResponseContentItems22",
    "decode_prompt_template_get_all_response_content_items22",
    "encode_prompt_template_get_all_response_content_items22",
]


PromptTemplateGetAllResponseContentItems22 = Union[
    PromptTemplateGetAllResponse2Items21, PromptTemplateGetAllResponse2Items22
]


def decode_prompt_template_get_all_response_content_items22(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems22:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptTemplateGetAllResponse2Items21.from_dict(data)
    if tag == "image_url":
        return PromptTemplateGetAllResponse2Items22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_template_get_all_response_content_items22(
    value: PromptTemplateGetAllResponseContentItems22,
) -> Any:
    return value.to_dict()
