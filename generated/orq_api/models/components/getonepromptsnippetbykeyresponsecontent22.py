"""components models: GetOnePromptSnippetByKeyResponseContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse221 import GetOnePromptSnippetByKeyResponse221
from .getonepromptsnippetbykeyresponse222 import GetOnePromptSnippetByKeyResponse222

__all__ = [
    "GetOnePromptSnippetByKeyResponseContent22",
    "decode_get_one_prompt_snippet_by_key_response_content22",
    "encode_get_one_prompt_snippet_by_key_response_content22",
]


GetOnePromptSnippetByKeyResponseContent22 = Union[
    GetOnePromptSnippetByKeyResponse221, GetOnePromptSnippetByKeyResponse222
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content22(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent22:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetOnePromptSnippetByKeyResponse221.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetOnePromptSnippetByKeyResponse222.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse221.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse222.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_content22(
    value: GetOnePromptSnippetByKeyResponseContent22,
) -> Any:
    return value.to_dict()
