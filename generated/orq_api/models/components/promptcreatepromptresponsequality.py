"""components models: PromptCreatePromptResponseQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE_QUALITY_VALUES",
    "PromptCreatePromptResponseQuality",
    "decode_prompt_create_prompt_response_quality",
]


PromptCreatePromptResponseQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


PROMPT_CREATE_PROMPT_RESPONSE_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_prompt_create_prompt_response_quality(
    data: Any,
) -> PromptCreatePromptResponseQuality:
    if data.__class__ is str and data in PROMPT_CREATE_PROMPT_RESPONSE_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE_QUALITY_VALUES)
