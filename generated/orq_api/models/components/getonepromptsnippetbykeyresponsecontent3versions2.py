"""components models: GetOnePromptSnippetByKeyResponseContent3Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse23versions1 import (
    GetOnePromptSnippetByKeyResponse23Versions1,
)
from .getonepromptsnippetbykeyresponse23versions2 import (
    GetOnePromptSnippetByKeyResponse23Versions2,
)

__all__ = [
    "GetOnePromptSnippetByKeyResponseContent3Versions2",
    "decode_get_one_prompt_snippet_by_key_response_content3_versions2",
    "encode_get_one_prompt_snippet_by_key_response_content3_versions2",
]


GetOnePromptSnippetByKeyResponseContent3Versions2 = Union[
    GetOnePromptSnippetByKeyResponse23Versions1,
    GetOnePromptSnippetByKeyResponse23Versions2,
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content3_versions2(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent3Versions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return GetOnePromptSnippetByKeyResponse23Versions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return GetOnePromptSnippetByKeyResponse23Versions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse23Versions1.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse23Versions2.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response_content3_versions2(
    value: GetOnePromptSnippetByKeyResponseContent3Versions2,
) -> Any:
    return value.to_dict()
