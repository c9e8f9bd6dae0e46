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
""""""


def decode_prompt_template_get_all_response_content2(
    data: Any,
) -> PromptTemplateGetAllResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return PromptTemplateGetAllResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return PromptTemplateGetAllResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(PromptTemplateGetAllResponse21.from_dict, data),
            _rt.error_of(PromptTemplateGetAllResponse22.from_dict, data),
        ]
    )


def encode_prompt_template_get_all_response_content2(
    value: PromptTemplateGetAllResponseContent2,
) -> Any:
    return value.to_dict()
