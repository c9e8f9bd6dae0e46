"""components models: GetOnePromptSnippetByKeyResponse3PhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_PHOTO_REAL_VERSION_VALUES",
    "GetOnePromptSnippetByKeyResponse3PhotoRealVersion",
    "decode_get_one_prompt_snippet_by_key_response3_photo_real_version",
]


GetOnePromptSnippetByKeyResponse3PhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_PHOTO_REAL_VERSION_VALUES = frozenset(
    ("v1", "v2")
)


def decode_get_one_prompt_snippet_by_key_response3_photo_real_version(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse3PhotoRealVersion:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_PHOTO_REAL_VERSION_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_PHOTO_REAL_VERSION_VALUES
    )
