"""components models: CreatePromptRequestQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST_QUALITY_VALUES",
    "CreatePromptRequestQuality",
    "decode_create_prompt_request_quality",
]


CreatePromptRequestQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


CREATE_PROMPT_REQUEST_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_create_prompt_request_quality(data: Any) -> CreatePromptRequestQuality:
    if data.__class__ is str and data in CREATE_PROMPT_REQUEST_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST_QUALITY_VALUES)
