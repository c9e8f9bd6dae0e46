"""components models: GetOnePromptSnippetByKeyResponse3VersionsEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_ENCODING_FORMAT_VALUES",
    "GetOnePromptSnippetByKeyResponse3VersionsEncodingFormat",
    "decode_get_one_prompt_snippet_by_key_response3_versions_encoding_format",
]


GetOnePromptSnippetByKeyResponse3VersionsEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_ENCODING_FORMAT_VALUES = frozenset(
    ("float", "base64")
)


def decode_get_one_prompt_snippet_by_key_response3_versions_encoding_format(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse3VersionsEncodingFormat:
    if (
        data.__class__ is str
        and data
        in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE3_VERSIONS_ENCODING_FORMAT_VALUES
    )
