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
""""""


def decode_prompt_template_get_all_response_content_items12(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems12:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return PromptTemplateGetAllResponse2Items11.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return PromptTemplateGetAllResponse2Items12.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(PromptTemplateGetAllResponse2Items11.from_dict, data),
            _rt.error_of(PromptTemplateGetAllResponse2Items12.from_dict, data),
        ]
    )


def encode_prompt_template_get_all_response_content_items12(
    value: PromptTemplateGetAllResponseContentItems12,
) -> Any:
    return value.to_dict()
