"""components models: UpdatePromptResponse3EncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE3_ENCODING_FORMAT_VALUES",
    "UpdatePromptResponse3EncodingFormat",
    "decode_update_prompt_response3_encoding_format",
]


UpdatePromptResponse3EncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""

UPDATE_PROMPT_RESPONSE3_ENCODING_FORMAT_VALUES: frozenset[Any] = frozenset(
    (
        "float",
        "base64",
    )
)


def decode_update_prompt_response3_encoding_format(
    data: Any,
) -> UpdatePromptResponse3EncodingFormat:
    for value in (
        "float",
        "base64",
    ):
        if data == value and type(data) is type(value):
            return value
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE3_ENCODING_FORMAT_VALUES)
