"""components models: UpdatePromptResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse21 import UpdatePromptResponse21
from .updatepromptresponse22 import UpdatePromptResponse22

__all__ = [
    "UpdatePromptResponseContent2",
    "decode_update_prompt_response_content2",
    "encode_update_prompt_response_content2",
]


UpdatePromptResponseContent2 = Union[UpdatePromptResponse21, UpdatePromptResponse22]
""""""


def decode_update_prompt_response_content2(data: Any) -> UpdatePromptResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse21.from_dict, data),
            _rt.error_of(UpdatePromptResponse22.from_dict, data),
        ]
    )


def encode_update_prompt_response_content2(value: UpdatePromptResponseContent2) -> Any:
    return value.to_dict()
