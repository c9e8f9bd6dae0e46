"""components models: CreatePromptRequestEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST_ENCODING_FORMAT_VALUES",
    "CreatePromptRequestEncodingFormat",
    "decode_create_prompt_request_encoding_format",
]


CreatePromptRequestEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


CREATE_PROMPT_REQUEST_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_create_prompt_request_encoding_format(
    data: Any,
) -> CreatePromptRequestEncodingFormat:
    if data.__class__ is str and data in CREATE_PROMPT_REQUEST_ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST_ENCODING_FORMAT_VALUES)
