"""components models: GetOnePromptSnippetByKeyResponse3Owner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponseowner32 import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_OWNER32_VALUES,
    GetOnePromptSnippetByKeyResponseOwner32,
    decode_get_one_prompt_snippet_by_key_response_owner32,
)

__all__ = [
    "GetOnePromptSnippetByKeyResponse3Owner",
    "decode_get_one_prompt_snippet_by_key_response3_owner",
    "encode_get_one_prompt_snippet_by_key_response3_owner",
]


GetOnePromptSnippetByKeyResponse3Owner = Union[
    str, GetOnePromptSnippetByKeyResponseOwner32
]


def decode_get_one_prompt_snippet_by_key_response3_owner(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse3Owner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_get_one_prompt_snippet_by_key_response_owner32(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(
                decode_get_one_prompt_snippet_by_key_response_owner32, data
            ),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response3_owner(
    value: GetOnePromptSnippetByKeyResponse3Owner,
) -> Any:
    return _rt.encode(value)
