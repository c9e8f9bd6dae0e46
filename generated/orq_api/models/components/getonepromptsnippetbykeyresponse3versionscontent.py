"""components models: GetOnePromptSnippetByKeyResponse3VersionsContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponsecontent3versions2 import (
    GetOnePromptSnippetByKeyResponseContent3Versions2,
    decode_get_one_prompt_snippet_by_key_response_content3_versions2,
    encode_get_one_prompt_snippet_by_key_response_content3_versions2,
)

__all__ = [
    "GetOnePromptSnippetByKeyResponse3VersionsContent",
    "decode_get_one_prompt_snippet_by_key_response3_versions_content",
    "encode_get_one_prompt_snippet_by_key_response3_versions_content",
]


GetOnePromptSnippetByKeyResponse3VersionsContent = Union[
    str, List[GetOnePromptSnippetByKeyResponseContent3Versions2]
]
"""The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""


def decode_get_one_prompt_snippet_by_key_response3_versions_content(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse3VersionsContent:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(
                decode_get_one_prompt_snippet_by_key_response_content3_versions2
            )(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(
                _rt.list_of(
                    decode_get_one_prompt_snippet_by_key_response_content3_versions2
                ),
                data,
            ),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response3_versions_content(
    value: GetOnePromptSnippetByKeyResponse3VersionsContent,
) -> Any:
    return _rt.encode(value)
