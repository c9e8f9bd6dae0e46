"""components models: UpdatePromptResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE_TYPE_VALUES",
    "UpdatePromptResponseType",
    "decode_update_prompt_response_type",
]


UpdatePromptResponseType = Literal["prompt"]


UPDATE_PROMPT_RESPONSE_TYPE_VALUES = frozenset(("prompt",))


def decode_update_prompt_response_type(data: Any) -> UpdatePromptResponseType:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE_TYPE_VALUES)
