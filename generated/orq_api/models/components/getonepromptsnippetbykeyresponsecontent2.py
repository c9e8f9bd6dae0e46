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


def decode_get_one_prompt_snippet_by_key_response_content2(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return GetOnePromptSnippetByKeyResponse21.from_dict(data)
    if tag == "image_url":
        return GetOnePromptSnippetByKeyResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_get_one_prompt_snippet_by_key_response_content2(
    value: GetOnePromptSnippetByKeyResponseContent2,
) -> Any:
    return value.to_dict()
