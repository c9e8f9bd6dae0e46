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


def decode_get_one_prompt_snippet_by_key_response_content3_versions2(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent3Versions2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetOnePromptSnippetByKeyResponse23Versions1.from_dict(data)
    if tag == "image_url":
        return GetOnePromptSnippetByKeyResponse23Versions2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_one_prompt_snippet_by_key_response_content3_versions2(
    value: GetOnePromptSnippetByKeyResponseContent3Versions2,
) -> Any:
    return value.to_dict()
