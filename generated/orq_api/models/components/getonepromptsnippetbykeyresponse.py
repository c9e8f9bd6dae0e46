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
""""""


def decode_get_one_prompt_snippet_by_key_response(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse:
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "type" in data
    ):
        try:
            return GetOnePromptSnippetByKeyResponse1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "key" in data
        and "type" in data
    ):
        try:
            return GetOnePromptSnippetByKeyResponse2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "type" in data
    ):
        try:
            return GetOnePromptSnippetByKeyResponse3.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(GetOnePromptSnippetByKeyResponse1.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse2.from_dict, data),
            _rt.error_of(GetOnePromptSnippetByKeyResponse3.from_dict, data),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response(
    value: GetOnePromptSnippetByKeyResponse,
) -> Any:
    return value.to_dict()
