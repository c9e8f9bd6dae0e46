"""components models: GetOnePromptSnippetByKeyResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getonepromptsnippetbykeyresponse1 import GetOnePromptSnippetByKeyResponse1
from .getonepromptsnippetbykeyresponse2 import GetOnePromptSnippetByKeyResponse2
from .getonepromptsnippetbykeyresponse3 import GetOnePromptSnippetByKeyResponse3

GetOnePromptSnippetByKeyResponse = Union[
    "GetOnePromptSnippetByKeyResponse1",
    "GetOnePromptSnippetByKeyResponse2",
    "GetOnePromptSnippetByKeyResponse3",
]
""""""


def decode_get_one_prompt_snippet_by_key_response(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse:
    errors: List[ValidationError] = []
    try:
        return GetOnePromptSnippetByKeyResponse1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetOnePromptSnippetByKeyResponse2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetOnePromptSnippetByKeyResponse3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_one_prompt_snippet_by_key_response(
    value: GetOnePromptSnippetByKeyResponse,
) -> Any:
    return value.to_dict()
