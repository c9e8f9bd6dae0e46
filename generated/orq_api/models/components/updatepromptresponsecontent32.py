"""components models: UpdatePromptResponseContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse231 import UpdatePromptResponse231
from .updatepromptresponse232 import UpdatePromptResponse232

__all__ = [
    "UpdatePromptResponseContent32",
    "decode_update_prompt_response_content32",
    "encode_update_prompt_response_content32",
]


UpdatePromptResponseContent32 = Union[UpdatePromptResponse231, UpdatePromptResponse232]
""""""


def decode_update_prompt_response_content32(data: Any) -> UpdatePromptResponseContent32:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptResponse231.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptResponse232.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse231.from_dict, data),
            _rt.error_of(UpdatePromptResponse232.from_dict, data),
        ]
    )


def encode_update_prompt_response_content32(
    value: UpdatePromptResponseContent32,
) -> Any:
    return value.to_dict()
