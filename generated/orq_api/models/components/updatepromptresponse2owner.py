"""components models: UpdatePromptResponse2Owner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponseowner22 import (
    UPDATE_PROMPT_RESPONSE_OWNER22_VALUES,
    UpdatePromptResponseOwner22,
    decode_update_prompt_response_owner22,
)

__all__ = [
    "UpdatePromptResponse2Owner",
    "decode_update_prompt_response2_owner",
    "encode_update_prompt_response2_owner",
]


UpdatePromptResponse2Owner = Union[str, UpdatePromptResponseOwner22]


def decode_update_prompt_response2_owner(data: Any) -> UpdatePromptResponse2Owner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_update_prompt_response_owner22(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(decode_update_prompt_response_owner22, data),
        ]
    )


def encode_update_prompt_response2_owner(value: UpdatePromptResponse2Owner) -> Any:
    return _rt.encode(value)
