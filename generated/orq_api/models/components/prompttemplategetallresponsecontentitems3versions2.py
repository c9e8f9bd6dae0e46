"""components models: PromptTemplateGetAllResponseContentItems3Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items3versions1 import (
    PromptTemplateGetAllResponse2Items3Versions1,
)
from .prompttemplategetallresponse2items3versions2 import (
    PromptTemplateGetAllResponse2Items3Versions2,
)

__all__ = [
    "PromptTemplateGetAllResponseContentItems3Versions2",
    "decode_prompt_template_get_all_response_content_items3_versions2",
    "encode_prompt_template_get_all_response_content_items3_versions2",
]


PromptTemplateGetAllResponseContentItems3Versions2 = Union[
    PromptTemplateGetAllResponse2Items3Versions1,
    PromptTemplateGetAllResponse2Items3Versions2,
]


def decode_prompt_template_get_all_response_content_items3_versions2(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems3Versions2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptTemplateGetAllResponse2Items3Versions1.from_dict(data)
    if tag == "image_url":
        return PromptTemplateGetAllResponse2Items3Versions2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_template_get_all_response_content_items3_versions2(
    value: PromptTemplateGetAllResponseContentItems3Versions2,
) -> Any:
    return value.to_dict()
