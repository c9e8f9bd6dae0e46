"""components models: GetOnePromptSnippetByKeyResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse21 import GetOnePromptSnippetByKeyResponse21
from .getonepromptsnippetbykeyresponse22 import GetOnePromptSnippetByKeyResponse22

__all__ = [
    "GetOnePromptSnippetByKeyResponseContent2",
    "decode_get_one_prompt_snippet_by_key_response_content2",
    "encode_get_one_prompt_snippet_by_key_response_content2",
]


GetOnePromptSnippetByKeyResponseContent2 = Union[
    GetOnePromptSnippetByKeyResponse21, GetOnePromptSnippetByKeyResponse22
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content2(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetOnePromptSnippetByKeyResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetOnePromptSnippetByKeyResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse21.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse22.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_content2(
    value: GetOnePromptSnippetByKeyResponseContent2,
) -> Any:
    return value.to_dict()
