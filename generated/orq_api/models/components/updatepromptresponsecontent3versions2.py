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


def decode_update_prompt_response_content3_versions2(
    data: Any,
) -> UpdatePromptResponseContent3Versions2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return UpdatePromptResponse23Versions1.from_dict(data)
    if tag == "image_url":
        return UpdatePromptResponse23Versions2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_update_prompt_response_content3_versions2(
    value: UpdatePromptResponseContent3Versions2,
) -> Any:
    return value.to_dict()
