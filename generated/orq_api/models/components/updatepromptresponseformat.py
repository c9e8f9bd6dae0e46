"""components models: UpdatePromptResponseFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE_FORMAT_VALUES",
    "UpdatePromptResponseFormat",
    "decode_update_prompt_response_format",
]


UpdatePromptResponseFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


UPDATE_PROMPT_RESPONSE_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_update_prompt_response_format(data: Any) -> UpdatePromptResponseFormat:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE_FORMAT_VALUES)
