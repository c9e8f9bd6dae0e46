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


def decode_update_prompt_response_content22(data: Any) -> UpdatePromptResponseContent22:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return UpdatePromptResponse221.from_dict(data)
    if tag == "image_url":
        return UpdatePromptResponse222.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_update_prompt_response_content22(
    value: UpdatePromptResponseContent22,
) -> Any:
    return value.to_dict()
