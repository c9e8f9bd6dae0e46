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


UPDATE_PROMPT_RESPONSE3_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_update_prompt_response3_encoding_format(
    data: Any,
) -> UpdatePromptResponse3EncodingFormat:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE3_ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE3_ENCODING_FORMAT_VALUES)
