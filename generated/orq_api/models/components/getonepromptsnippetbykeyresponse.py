"""components models: GetOnePromptSnippetByKeyResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse1 import GetOnePromptSnippetByKeyResponse1
from .getonepromptsnippetbykeyresponse2 import GetOnePromptSnippetByKeyResponse2
from .getonepromptsnippetbykeyresponse3 import GetOnePromptSnippetByKeyResponse3

__all__ = [
    "GetOnePromptSnippetByKeyResponse",
    "decode_get_one_prompt_snippet_by_key_response",
    "encode_get_one_prompt_snippet_by_key_response",
]


GetOnePromptSnippetByKeyResponse = Union[
    GetOnePromptSnippetByKeyResponse1,
    GetOnePromptSnippetByKeyResponse2,
    GetOnePromptSnippetByKeyResponse3,
]


def decode_get_one_prompt_snippet_by_key_response(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "prompt":
        return GetOnePromptSnippetByKeyResponse1.from_dict(data)
    if tag == "snippet":
        return GetOnePromptSnippetByKeyResponse2.from_dict(data)
    if tag == "template":
        return GetOnePromptSnippetByKeyResponse3.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("prompt", "snippet", "template")).at(
        _rt.key_segment("type")
    )


def encode_get_one_prompt_snippet_by_key_response(
    value: GetOnePromptSnippetByKeyResponse,
) -> Any:
    return value.to_dict()
