"""components models: UpdatePromptResponseContent2Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse22versions1 import UpdatePromptResponse22Versions1
from .updatepromptresponse22versions2 import UpdatePromptResponse22Versions2

__all__ = [
    "UpdatePromptResponseContent2Versions2",
    "decode_update_prompt_response_content2_versions2",
    "encode_update_prompt_response_content2_versions2",
]


UpdatePromptResponseContent2Versions2 = Union[
    UpdatePromptResponse22Versions1, UpdatePromptResponse22Versions2
]
""""""


def decode_update_prompt_response_content2_versions2(
    data: Any,
) -> UpdatePromptResponseContent2Versions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptResponse22Versions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptResponse22Versions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse22Versions1.from_dict, data),
            _rt.error_of(UpdatePromptResponse22Versions2.from_dict, data),
        ]
    )


def encode_update_prompt_response_content2_versions2(
    value: UpdatePromptResponseContent2Versions2,
) -> Any:
    return value.to_dict()
