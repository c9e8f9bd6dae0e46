"""components models: PromptTemplateGetAllResponseContentItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items1 import PromptTemplateGetAllResponse2Items1
from .prompttemplategetallresponse2items2 import PromptTemplateGetAllResponse2Items2

__all__ = [
    "PromptTemplateGetAllResponseContentItems2",
    "decode_prompt_template_get_all_response_content_items2",
    "encode_prompt_template_get_all_response_content_items2",
]


PromptTemplateGetAllResponseContentItems2 = Union[
    PromptTemplateGetAllResponse2Items1, PromptTemplateGetAllResponse2Items2
]


def decode_prompt_template_get_all_response_content_items2(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptTemplateGetAllResponse2Items1.from_dict(data)
    if tag == "image_url":
        return PromptTemplateGetAllResponse2Items2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_template_get_all_response_content_items2(
    value: PromptTemplateGetAllResponseContentItems2,
) -> Any:
    return value.to_dict()
