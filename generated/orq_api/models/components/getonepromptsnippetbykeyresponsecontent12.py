"""components models: GetOnePromptSnippetByKeyResponseContent12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse211 import GetOnePromptSnippetByKeyResponse211
from .getonepromptsnippetbykeyresponse212 import GetOnePromptSnippetByKeyResponse212

__all__ = [
    "GetOnePromptSnippetByKeyResponseContent12",
    "decode_get_one_prompt_snippet_by_key_response_content12",
    "encode_get_one_prompt_snippet_by_key_response_content12",
]


GetOnePromptSnippetByKeyResponseContent12 = Union[
    GetOnePromptSnippetByKeyResponse211, GetOnePromptSnippetByKeyResponse212
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content12(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent12:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetOnePromptSnippetByKeyResponse211.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetOnePromptSnippetByKeyResponse212.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse211.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse212.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_content12(
    value: GetOnePromptSnippetByKeyResponseContent12,
) -> Any:
    return value.to_dict()
