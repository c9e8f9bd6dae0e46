"""components models: GetOnePromptSnippetByKeyResponseContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getonepromptsnippetbykeyresponse231 import GetOnePromptSnippetByKeyResponse231
from .getonepromptsnippetbykeyresponse232 import GetOnePromptSnippetByKeyResponse232

GetOnePromptSnippetByKeyResponseContent32 = Union[
    "GetOnePromptSnippetByKeyResponse231", "GetOnePromptSnippetByKeyResponse232"
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content32(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent32:
    errors: List[ValidationError] = []
    try:
        return GetOnePromptSnippetByKeyResponse231.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetOnePromptSnippetByKeyResponse232.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_one_prompt_snippet_by_key_response_content32(
    value: GetOnePromptSnippetByKeyResponseContent32,
) -> Any:
    return value.to_dict()
