"""components models: GetOnePromptSnippetByKeyResponseContent2Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse22versions1 import (
    GetOnePromptSnippetByKeyResponse22Versions1,
)
from .getonepromptsnippetbykeyresponse22versions2 import (
    GetOnePromptSnippetByKeyResponse22Versions2,
)

__all__ = [
    "GetOnePromptSnippetByKeyResponseContent2Versions2",
    "decode_get_one_prompt_snippet_by_key_response_content2_versions2",
    "encode_get_one_prompt_snippet_by_key_response_content2_versions2",
]


GetOnePromptSnippetByKeyResponseContent2Versions2 = Union[
    GetOnePromptSnippetByKeyResponse22Versions1,
    GetOnePromptSnippetByKeyResponse22Versions2,
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content2_versions2(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent2Versions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetOnePromptSnippetByKeyResponse22Versions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetOnePromptSnippetByKeyResponse22Versions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse22Versions1.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse22Versions2.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_content2_versions2(
    value: GetOnePromptSnippetByKeyResponseContent2Versions2,
) -> Any:
    return value.to_dict()
