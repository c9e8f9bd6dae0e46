"""components models: UpdatePromptResponseContent12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse211 import UpdatePromptResponse211
from .updatepromptresponse212 import UpdatePromptResponse212

__all__ = [
    "UpdatePromptResponseContent12",
    "decode_update_prompt_response_content12",
    "encode_update_prompt_response_content12",
]


UpdatePromptResponseContent12 = Union[UpdatePromptResponse211, UpdatePromptResponse212]
""""""


def decode_update_prompt_response_content12(data: Any) -> UpdatePromptResponseContent12:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptResponse211.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptResponse212.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse211.from_dict, data),
            _rt.error_of(UpdatePromptResponse212.from_dict, data),
        ]
    )


def encode_update_prompt_response_content12(
    value: UpdatePromptResponseContent12,
) -> Any:
    return value.to_dict()
