"""components models: UpdatePromptResponse2Owner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponseowner22 import (
    UPDATE_PROMPT_RESPONSE_OWNER22_VALUES,
    UpdatePromptResponseOwner22,
    decode_update_prompt_response_owner22,
)

UpdatePromptResponse2Owner = Union[str, "UpdatePromptResponseOwner22"]
""""""


def decode_update_prompt_response2_owner(data: Any) -> UpdatePromptResponse2Owner:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return decode_update_prompt_response_owner22(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response2_owner(value: UpdatePromptResponse2Owner) -> Any:
    return _rt.encode(value)
