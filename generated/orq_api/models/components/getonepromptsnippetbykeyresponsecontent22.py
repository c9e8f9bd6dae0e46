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


def decode_get_one_prompt_snippet_by_key_response_content22(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent22:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetOnePromptSnippetByKeyResponse221.from_dict(data)
    if tag == "image_url":
        return GetOnePromptSnippetByKeyResponse222.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_one_prompt_snippet_by_key_response_content22(
    value: GetOnePromptSnippetByKeyResponseContent22,
) -> Any:
    return value.to_dict()
