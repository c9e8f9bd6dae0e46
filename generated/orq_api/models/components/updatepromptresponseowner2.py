"""components models: UpdatePromptResponseOwner2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE_OWNER2_VALUES",
    "UpdatePromptResponseOwner2",
    "decode_update_prompt_response_owner2",
]


UpdatePromptResponseOwner2 = Literal["vendor"]


UPDATE_PROMPT_RESPONSE_OWNER2_VALUES = frozenset(("vendor",))


def decode_update_prompt_response_owner2(data: Any) -> UpdatePromptResponseOwner2:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE_OWNER2_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE_OWNER2_VALUES)
