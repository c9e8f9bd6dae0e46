"""components models: CreatePromptRequestFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST_FORMAT_VALUES",
    "CreatePromptRequestFormat",
    "decode_create_prompt_request_format",
]


CreatePromptRequestFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


CREATE_PROMPT_REQUEST_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_create_prompt_request_format(data: Any) -> CreatePromptRequestFormat:
    if data.__class__ is str and data in CREATE_PROMPT_REQUEST_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST_FORMAT_VALUES)
