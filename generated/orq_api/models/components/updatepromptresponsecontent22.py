"""components models: UpdatePromptResponseContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse221 import UpdatePromptResponse221
from .updatepromptresponse222 import UpdatePromptResponse222

__all__ = [
    "UpdatePromptResponseContent22",
    "decode_update_prompt_response_content22",
    "encode_update_prompt_response_content22",
]


UpdatePromptResponseContent22 = Union[UpdatePromptResponse221, UpdatePromptResponse222]
""""""


def decode_update_prompt_response_content22(data: Any) -> UpdatePromptResponseContent22:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptResponse221.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptResponse222.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse221.from_dict, data),
            _rt.error_of(UpdatePromptResponse222.from_dict, data),
        ]
    )


def encode_update_prompt_response_content22(
    value: UpdatePromptResponseContent22,
) -> Any:
    return value.to_dict()
