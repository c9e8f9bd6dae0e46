"""components models: GetOnePromptSnippetByKeyResponseOwner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponseowner2 import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_OWNER2_VALUES,
    GetOnePromptSnippetByKeyResponseOwner2,
    decode_get_one_prompt_snippet_by_key_response_owner2,
)

__all__ = [
    "GetOnePromptSnippetByKeyResponseOwner",
    "decode_get_one_prompt_snippet_by_key_response_owner",
    "encode_get_one_prompt_snippet_by_key_response_owner",
]


GetOnePromptSnippetByKeyResponseOwner = Union[
    str, GetOnePromptSnippetByKeyResponseOwner2
]


def decode_get_one_prompt_snippet_by_key_response_owner(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseOwner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_get_one_prompt_snippet_by_key_response_owner2(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(decode_get_one_prompt_snippet_by_key_response_owner2, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_owner(
    value: GetOnePromptSnippetByKeyResponseOwner,
) -> Any:
    return _rt.encode(value)
