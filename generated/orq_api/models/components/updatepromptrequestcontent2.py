"""components models: UpdatePromptRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptrequest21 import UpdatePromptRequest21
from .updatepromptrequest22 import UpdatePromptRequest22

__all__ = [
    "UpdatePromptRequestContent2",
    "decode_update_prompt_request_content2",
    "encode_update_prompt_request_content2",
]


UpdatePromptRequestContent2 = Union[UpdatePromptRequest21, UpdatePromptRequest22]


def decode_update_prompt_request_content2(data: Any) -> UpdatePromptRequestContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return UpdatePromptRequest21.from_dict(data)
    if tag == "image_url":
        return UpdatePromptRequest22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_update_prompt_request_content2(value: UpdatePromptRequestContent2) -> Any:
    return value.to_dict()
