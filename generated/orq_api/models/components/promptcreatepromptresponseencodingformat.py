"""components models: PromptCreatePromptResponseEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE_ENCODING_FORMAT_VALUES",
    "PromptCreatePromptResponseEncodingFormat",
    "decode_prompt_create_prompt_response_encoding_format",
]


PromptCreatePromptResponseEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


PROMPT_CREATE_PROMPT_RESPONSE_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_prompt_create_prompt_response_encoding_format(
    data: Any,
) -> PromptCreatePromptResponseEncodingFormat:
    if (
        data.__class__ is str
        and data in PROMPT_CREATE_PROMPT_RESPONSE_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE_ENCODING_FORMAT_VALUES)
