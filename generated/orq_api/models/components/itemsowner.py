"""components models: ItemsOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .prompttemplategetallresponseowner2 import (
    PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER2_VALUES,
    PromptTemplateGetAllResponseOwner2,
    decode_prompt_template_get_all_response_owner2,
)

ItemsOwner = Union[str, "PromptTemplateGetAllResponseOwner2"]
""""""


def decode_items_owner(data: Any) -> ItemsOwner:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return decode_prompt_template_get_all_response_owner2(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_items_owner(value: ItemsOwner) -> Any:
    return _rt.encode(value)
