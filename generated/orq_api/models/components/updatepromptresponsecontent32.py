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


def decode_update_prompt_response_content32(data: Any) -> UpdatePromptResponseContent32:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return UpdatePromptResponse231.from_dict(data)
    if tag == "image_url":
        return UpdatePromptResponse232.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_update_prompt_response_content32(
    value: UpdatePromptResponseContent32,
) -> Any:
    return value.to_dict()
