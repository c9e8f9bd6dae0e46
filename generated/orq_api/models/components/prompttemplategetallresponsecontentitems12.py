"""components models: PromptTemplateGetAllResponseContentItems12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items11 import PromptTemplateGetAllResponse2Items11
from .prompttemplategetallresponse2items12 import PromptTemplateGetAllResponse2Items12

__all__ = [
    "PromptTemplateGetAllResponseContentItems12",
    "decode_prompt_template_get_all_response_content_items12",
    "encode_prompt_template_get_all_response_content_items12",
]


PromptTemplateGetAllResponseContentItems12 = Union[
    PromptTemplateGetAllResponse2Items11, PromptTemplateGetAllResponse2Items12
]


def decode_prompt_template_get_all_response_content_items12(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems12:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptTemplateGetAllResponse2Items11.from_dict(data)
    if tag == "image_url":
        return PromptTemplateGetAllResponse2Items12.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_template_get_all_response_content_items12(
    value: PromptTemplateGetAllResponseContentItems12,
) -> Any:
    return value.to_dict()
