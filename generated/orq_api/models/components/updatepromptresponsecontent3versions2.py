"""components models: UpdatePromptResponseContent3Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse23versions1 import UpdatePromptResponse23Versions1
from .updatepromptresponse23versions2 import UpdatePromptResponse23Versions2

__all__ = [
    "UpdatePromptResponseContent3Versions2",
    "decode_update_prompt_response_content3_versions2",
    "encode_update_prompt_response_content3_versions2",
]


UpdatePromptResponseContent3Versions2 = Union[
    UpdatePromptResponse23Versions1, UpdatePromptResponse23Versions2
]
""""""


def decode_update_prompt_response_content3_versions2(
    data: Any,
) -> UpdatePromptResponseContent3Versions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptResponse23Versions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptResponse23Versions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse23Versions1.from_dict, data),
            _rt.error_of(UpdatePromptResponse23Versions2.from_dict, data),
        ]
    )


def encode_update_prompt_response_content3_versions2(
    value: UpdatePromptResponseContent3Versions2,
) -> Any:
    return value.to_dict()
