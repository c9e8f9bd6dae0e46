"""components models: GetOnePromptSnippetByKeyResponseContent12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getonepromptsnippetbykeyresponse211 import GetOnePromptSnippetByKeyResponse211
from .getonepromptsnippetbykeyresponse212 import GetOnePromptSnippetByKeyResponse212

GetOnePromptSnippetByKeyResponseContent12 = Union[
    "GetOnePromptSnippetByKeyResponse211", "GetOnePromptSnippetByKeyResponse212"
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content12(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent12:
    errors: List[ValidationError] = []
    try:
        return GetOnePromptSnippetByKeyResponse211.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetOnePromptSnippetByKeyResponse212.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_one_prompt_snippet_by_key_response_content12(
    value: GetOnePromptSnippetByKeyResponseContent12,
) -> Any:
    return value.to_dict()
