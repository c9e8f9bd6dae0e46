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


def decode_get_one_prompt_snippet_by_key_response_content12(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent12:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetOnePromptSnippetByKeyResponse211.from_dict(data)
    if tag == "image_url":
        return GetOnePromptSnippetByKeyResponse212.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_one_prompt_snippet_by_key_response_content12(
    value: GetOnePromptSnippetByKeyResponseContent12,
) -> Any:
    return value.to_dict()
