"""components models: GetOnePromptSnippetByKeyResponseContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getonepromptsnippetbykeyresponse221 import GetOnePromptSnippetByKeyResponse221
from .getonepromptsnippetbykeyresponse222 import GetOnePromptSnippetByKeyResponse222

GetOnePromptSnippetByKeyResponseContent22 = Union[
    "GetOnePromptSnippetByKeyResponse221", "GetOnePromptSnippetByKeyResponse222"
]
""""""


def decode_get_one_prompt_snippet_by_key_response_content22(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseContent22:
    errors: List[ValidationError] = []
    try:
        return GetOnePromptSnippetByKeyResponse221.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetOnePromptSnippetByKeyResponse222.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_one_prompt_snippet_by_key_response_content22(
    value: GetOnePromptSnippetByKeyResponseContent22,
) -> Any:
    return value.to_dict()
