"""components models: UpdatePromptResponseOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponseowner2 import (
    UPDATE_PROMPT_RESPONSE_OWNER2_VALUES,
    UpdatePromptResponseOwner2,
    decode_update_prompt_response_owner2,
)

UpdatePromptResponseOwner = Union[str, "UpdatePromptResponseOwner2"]
""""""


def decode_update_prompt_response_owner(data: Any) -> UpdatePromptResponseOwner:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return decode_update_prompt_response_owner2(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response_owner(value: UpdatePromptResponseOwner) -> Any:
    return _rt.encode(value)
