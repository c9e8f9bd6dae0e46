"""components models: PromptTemplateGetAllResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .prompttemplategetallresponse21 import PromptTemplateGetAllResponse21
from .prompttemplategetallresponse22 import PromptTemplateGetAllResponse22

PromptTemplateGetAllResponseContent2 = Union[
    "PromptTemplateGetAllResponse21", "PromptTemplateGetAllResponse22"
]
""""""


def decode_prompt_template_get_all_response_content2(
    data: Any,
) -> PromptTemplateGetAllResponseContent2:
    errors: List[ValidationError] = []
    try:
        return PromptTemplateGetAllResponse21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return PromptTemplateGetAllResponse22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_prompt_template_get_all_response_content2(
    value: PromptTemplateGetAllResponseContent2,
) -> Any:
    return value.to_dict()
