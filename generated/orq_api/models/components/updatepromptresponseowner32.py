"""components models: UpdatePromptResponseOwner32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE_OWNER32_VALUES",
    "UpdatePromptResponseOwner32",
    "decode_update_prompt_response_owner32",
]


UpdatePromptResponseOwner32 = Literal["vendor"]


UPDATE_PROMPT_RESPONSE_OWNER32_VALUES: frozenset[Any] = frozenset(("vendor",))


def decode_update_prompt_response_owner32(data: Any) -> UpdatePromptResponseOwner32:
    for value in ("vendor",):
        if data == value and type(data) is type(value):
            return value
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE_OWNER32_VALUES)
