"""components models: GetOnePromptSnippetByKeyResponse3VersionsFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_FORMAT_VALUES",
    "GetOnePromptSnippetByKeyResponse3VersionsFormat",
    "decode_get_one_prompt_snippet_by_key_response3_versions_format",
]


GetOnePromptSnippetByKeyResponse3VersionsFormat = Literal[
    "url", "b64_json", "text", "json_object"
]
"""Only supported on `image` models."""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_get_one_prompt_snippet_by_key_response3_versions_format(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse3VersionsFormat:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_FORMAT_VALUES
    )
