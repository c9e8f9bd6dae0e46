"""components models: UpdatePromptResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse1 import UpdatePromptResponse1
from .updatepromptresponse2 import UpdatePromptResponse2
from .updatepromptresponse3 import UpdatePromptResponse3

__all__ = [
    "UpdatePromptResponse",
    "decode_update_prompt_response",
    "encode_update_prompt_response",
]


UpdatePromptResponse = Union[
    UpdatePromptResponse1, UpdatePromptResponse2, UpdatePromptResponse3
]


def decode_update_prompt_response(data: Any) -> UpdatePromptResponse:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "prompt":
        return UpdatePromptResponse1.from_dict(data)
    if tag == "snippet":
        return UpdatePromptResponse2.from_dict(data)
    if tag == "template":
        return UpdatePromptResponse3.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("prompt", "snippet", "template")).at(
        _rt.key_segment("type")
    )


def encode_update_prompt_response(value: UpdatePromptResponse) -> Any:
    return value.to_dict()
