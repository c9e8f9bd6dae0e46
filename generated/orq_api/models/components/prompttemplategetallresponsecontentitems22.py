"""components models: PromptTemplateGetAllResponseContentItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .prompttemplategetallresponse2items21 import PromptTemplateGetAllResponse2Items21
from .prompttemplategetallresponse2items22 import PromptTemplateGetAllResponse2Items22

PromptTemplateGetAllResponseContentItems22 = Union[
    "PromptTemplateGetAllResponse2Items21", "PromptTemplateGetAllResponse2Items22"
]
""""""


def decode_prompt_template_get_all_response_content_items22(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems22:
    errors: List[ValidationError] = []
    try:
        return PromptTemplateGetAllResponse2Items21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return PromptTemplateGetAllResponse2Items22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_prompt_template_get_all_response_content_items22(
    value: PromptTemplateGetAllResponseContentItems22,
) -> Any:
    return value.to_dict()
