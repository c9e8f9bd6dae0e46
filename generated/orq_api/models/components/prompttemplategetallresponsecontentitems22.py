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
""""""


def decode_prompt_template_get_all_response_content_items22(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems22:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return PromptTemplateGetAllResponse2Items21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return PromptTemplateGetAllResponse2Items22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(PromptTemplateGetAllResponse2Items21.from_dict, data),
            _rt.error_of(PromptTemplateGetAllResponse2Items22.from_dict, data),
        ]
    )


def encode_prompt_template_get_all_response_content_items22(
    value: PromptTemplateGetAllResponseContentItems22,
) -> Any:
    return value.to_dict()
