"""components models: GetOnePromptSnippetByKeyResponse2EncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES",
    "GetOnePromptSnippetByKeyResponse2EncodingFormat",
    "decode_get_one_prompt_snippet_by_key_response2_encoding_format",
]


GetOnePromptSnippetByKeyResponse2EncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES = frozenset(
    ("float", "base64")
)


def decode_get_one_prompt_snippet_by_key_response2_encoding_format(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse2EncodingFormat:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES
    )
