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
""""""


def decode_prompt_create_prompt_response_content2(
    data: Any,
) -> PromptCreatePromptResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return PromptCreatePromptResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return PromptCreatePromptResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(PromptCreatePromptResponse21.from_dict, data),
            _rt.error_of(PromptCreatePromptResponse22.from_dict, data),
        ]
    )


def encode_prompt_create_prompt_response_content2(
    value: PromptCreatePromptResponseContent2,
) -> Any:
    return value.to_dict()
