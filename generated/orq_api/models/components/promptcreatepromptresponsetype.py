"""components models: PromptCreatePromptResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE_TYPE_VALUES",
    "PromptCreatePromptResponseType",
    "decode_prompt_create_prompt_response_type",
]


PromptCreatePromptResponseType = Literal["prompt", "snippet", "template"]


PROMPT_CREATE_PROMPT_RESPONSE_TYPE_VALUES = frozenset(("prompt", "snippet", "template"))


def decode_prompt_create_prompt_response_type(
    data: Any,
) -> PromptCreatePromptResponseType:
    if data.__class__ is str and data in PROMPT_CREATE_PROMPT_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE_TYPE_VALUES)
