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


def decode_update_prompt_response_content12(data: Any) -> UpdatePromptResponseContent12:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return UpdatePromptResponse211.from_dict(data)
    if tag == "image_url":
        return UpdatePromptResponse212.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_update_prompt_response_content12(
    value: UpdatePromptResponseContent12,
) -> Any:
    return value.to_dict()
