"""components models: PromptTemplateGetAllResponseContentItems32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items31 import PromptTemplateGetAllResponse2Items31
from .prompttemplategetallresponse2items32 import PromptTemplateGetAllResponse2Items32

__all__ = [
    "PromptTemplateGetAllResponseContentItems32",
    "decode_prompt_template_get_all_response_content_items32",
    "encode_prompt_template_get_all_response_content_items32",
]


PromptTemplateGetAllResponseContentItems32 = Union[
    PromptTemplateGetAllResponse2Items31, PromptTemplateGetAllResponse2Items32
]


def decode_prompt_template_get_all_response_content_items32(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems32:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptTemplateGetAllResponse2Items31.from_dict(data)
    if tag == "image_url":
        return PromptTemplateGetAllResponse2Items32.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_template_get_all_response_content_items32(
    value: PromptTemplateGetAllResponseContentItems32,
) -> Any:
    return value.to_dict()
