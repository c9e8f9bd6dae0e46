"""components models: UpdatePromptResponse3Owner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponseowner32 import (
    UPDATE_PROMPT_RESPONSE_OWNER32_VALUES,
    UpdatePromptResponseOwner32,
    decode_update_prompt_response_owner32,
)

__all__ = [
    "UpdatePromptResponse3Owner",
    "decode_update_prompt_response3_owner",
    "encode_update_prompt_response3_owner",
]


UpdatePromptResponse3Owner = Union[str, UpdatePromptResponseOwner32]


def decode_update_prompt_response3_owner(data: Any) -> UpdatePromptResponse3Owner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_update_prompt_response_owner32(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(decode_update_prompt_response_owner32, data),
        ]
    )


def encode_update_prompt_response3_owner(value: UpdatePromptResponse3Owner) -> Any:
    return _rt.encode(value)
