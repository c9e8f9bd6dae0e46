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


def decode_get_one_prompt_snippet_by_key_response_content32(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent32:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetOnePromptSnippetByKeyResponse231.from_dict(data)
    if tag == "image_url":
        return GetOnePromptSnippetByKeyResponse232.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_one_prompt_snippet_by_key_response_content32(
    value: GetOnePromptSnippetByKeyResponseContent32,
) -> Any:
    return value.to_dict()
