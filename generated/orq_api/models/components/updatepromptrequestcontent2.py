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
""""""


def decode_update_prompt_request_content2(data: Any) -> UpdatePromptRequestContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return UpdatePromptRequest21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return UpdatePromptRequest22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptRequest21.from_dict, data),
            _rt.error_of(UpdatePromptRequest22.from_dict, data),
        ]
    )


def encode_update_prompt_request_content2(value: UpdatePromptRequestContent2) -> Any:
    return value.to_dict()
