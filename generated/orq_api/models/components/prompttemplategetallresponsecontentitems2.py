"""components models: PromptTemplateGetAllResponseContentItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .prompttemplategetallresponse2items1 import PromptTemplateGetAllResponse2Items1
from .prompttemplategetallresponse2items2 import PromptTemplateGetAllResponse2Items2

PromptTemplateGetAllResponseContentItems2 = Union[
    "PromptTemplateGetAllResponse2Items1", "PromptTemplateGetAllResponse2Items2"
]
""""""


def decode_prompt_template_get_all_response_content_items2(
    data: Any,
) -> PromptTemplateGetAllResponseContentItems2:
    errors: List[ValidationError] = []
    try:
        return PromptTemplateGetAllResponse2Items1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return PromptTemplateGetAllResponse2Items2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_prompt_template_get_all_response_content_items2(
    value: PromptTemplateGetAllResponseContentItems2,
) -> Any:
    return value.to_dict()
