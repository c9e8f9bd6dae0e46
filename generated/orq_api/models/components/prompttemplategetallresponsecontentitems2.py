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
""""""


def decode_prompt_template_get_all_response_content_items2(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return PromptTemplateGetAllResponse2Items1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return PromptTemplateGetAllResponse2Items2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(PromptTemplateGetAllResponse2Items1.from_dict, data),
            _rt.error_of(PromptTemplateGetAllResponse2Items2.from_dict, data),
        ]
    )


def encode_prompt_template_get_all_response_content_items2(
    value: PromptTemplateGetAllResponseContentItems2,
) -> Any:
    return value.to_dict()
