"""components models: CreatePromptRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .createpromptrequest21 import CreatePromptRequest21
from .createpromptrequest22 import CreatePromptRequest22

__all__ = [
    "CreatePromptRequestContent2",
    "decode_create_prompt_request_content2",
    "encode_create_prompt_request_content2",
]


CreatePromptRequestContent2 = Union[CreatePromptRequest21, CreatePromptRequest22]


def decode_create_prompt_request_content2(data: Any) -> CreatePromptRequestContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return CreatePromptRequest21.from_dict(data)
    if tag == "image_url":
        return CreatePromptRequest22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_create_prompt_request_content2(value: CreatePromptRequestContent2) -> Any:
    return value.to_dict()
