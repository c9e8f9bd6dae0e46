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


def decode_update_prompt_response_content2(data: Any) -> UpdatePromptResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return UpdatePromptResponse21.from_dict(data)
    if tag == "image_url":
        return UpdatePromptResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_update_prompt_response_content2(value: UpdatePromptResponseContent2) -> Any:
    return value.to_dict()
