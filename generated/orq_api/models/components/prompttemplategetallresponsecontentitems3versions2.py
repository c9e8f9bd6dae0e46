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
""""""


def decode_prompt_template_get_all_response_content_items3_versions2(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems3Versions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return PromptTemplateGetAllResponse2Items3Versions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return PromptTemplateGetAllResponse2Items3Versions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(PromptTemplateGetAllResponse2Items3Versions1.from_dict, data),
            _rt.error_of(PromptTemplateGetAllResponse2Items3Versions2.from_dict, data),
        ]
    )


def encode_prompt_template_get_all_response_content_items3_versions2(
    value: PromptTemplateGetAllResponseContentItems3Versions2,
) -> Any:
    return value.to_dict()
