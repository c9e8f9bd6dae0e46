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
""""""


def decode_create_prompt_request_content2(data: Any) -> CreatePromptRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return CreatePromptRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return CreatePromptRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(CreatePromptRequest21.from_dict, data),
            _rt.error_of(CreatePromptRequest22.from_dict, data),
        ]
    )


def encode_create_prompt_request_content2(value: CreatePromptRequestContent2) -> Any:
    return value.to_dict()
