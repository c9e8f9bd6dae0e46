"""components models: UpdatePromptResponse3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE3_TYPE_VALUES",
    "UpdatePromptResponse3Type",
    "decode_update_prompt_response3_type",
]


UpdatePromptResponse3Type = Literal["template"]


UPDATE_PROMPT_RESPONSE3_TYPE_VALUES = frozenset(("template",))


def decode_update_prompt_response3_type(data: Any) -> UpdatePromptResponse3Type:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE3_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE3_TYPE_VALUES)
