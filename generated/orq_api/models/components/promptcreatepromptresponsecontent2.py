"""components models: PromptCreatePromptResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .promptcreatepromptresponse21 import PromptCreatePromptResponse21
from .promptcreatepromptresponse22 import PromptCreatePromptResponse22

__all__ = [
    "PromptCreatePromptResponseContent2",
    "decode_prompt_create_prompt_response_content2",
    "encode_prompt_create_prompt_response_content2",
]


PromptCreatePromptResponseContent2 = Union[
    PromptCreatePromptResponse21, PromptCreatePromptResponse22
]


def decode_prompt_create_prompt_response_content2(
    data: Any,
) -> PromptCreatePromptResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return PromptCreatePromptResponse21.from_dict(data)
    if tag == "image_url":
        return PromptCreatePromptResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_prompt_create_prompt_response_content2(
    value: PromptCreatePromptResponseContent2,
) -> Any:
    return value.to_dict()
