"""components models: GetOnePromptSnippetByKeyResponseContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse231 import GetOnePromptSnippetByKeyResponse231
from .getonepromptsnippetbykeyresponse232 import GetOnePromptSnippetByKeyResponse232

__all__ = [
    "GetOnePromptSnippetByKeyResponseContent32",
    "decode_get_one_prompt_snippet_by_key_response_content32",
    "encode_get_one_prompt_snippet_by_key_response_content32",
]


GetOnePromptSnippetByKeyResponseContent32 = Union[
    GetOnePromptSnippetByKeyResponse231, GetOnePromptSnippetByKeyResponse232
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content32(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent32:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetOnePromptSnippetByKeyResponse231.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetOnePromptSnippetByKeyResponse232.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse231.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse232.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_content32(
    value: GetOnePromptSnippetByKeyResponseContent32,
) -> Any:
    return value.to_dict()
