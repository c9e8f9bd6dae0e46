"""components models: UpdatePromptResponse3Owner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponseowner32 import (
    UPDATE_PROMPT_RESPONSE_OWNER32_VALUES,
    UpdatePromptResponseOwner32,
    decode_update_prompt_response_owner32,
)

UpdatePromptResponse3Owner = Union[str, "UpdatePromptResponseOwner32"]
""""""


def decode_update_prompt_response3_owner(data: Any) -> UpdatePromptResponse3Owner:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return decode_update_prompt_response_owner32(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response3_owner(value: UpdatePromptResponse3Owner) -> Any:
    return _rt.encode(value)
