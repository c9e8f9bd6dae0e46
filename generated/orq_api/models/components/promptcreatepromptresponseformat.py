"""components models: PromptCreatePromptResponseFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE_FORMAT_VALUES",
    "PromptCreatePromptResponseFormat",
    "decode_prompt_create_prompt_response_format",
]


PromptCreatePromptResponseFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


PROMPT_CREATE_PROMPT_RESPONSE_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_prompt_create_prompt_response_format(
    data: Any,
) -> PromptCreatePromptResponseFormat:
    if data.__class__ is str and data in PROMPT_CREATE_PROMPT_RESPONSE_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE_FORMAT_VALUES)
