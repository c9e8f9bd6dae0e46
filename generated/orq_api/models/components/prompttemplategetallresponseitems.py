"""components models: PromptTemplateGetAllResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .items1 import Items1
from .items2 import Items2
from .items3 import Items3

PromptTemplateGetAllResponseItems = Union["Items1", "Items2", "Items3"]
""""""


def decode_prompt_template_get_all_response_items(
    data: Any,
) -> PromptTemplateGetAllResponseItems:
    errors: List[ValidationError] = []
    try:
        return Items1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Items2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Items3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_prompt_template_get_all_response_items(
    value: PromptTemplateGetAllResponseItems,
) -> Any:
    return value.to_dict()
