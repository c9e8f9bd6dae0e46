"""components models: UpdatePromptRequest2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_REQUEST2_TYPE_VALUES",
    "UpdatePromptRequest2Type",
    "decode_update_prompt_request2_type",
]


UpdatePromptRequest2Type = Literal["text"]


UPDATE_PROMPT_REQUEST2_TYPE_VALUES = frozenset(("text",))


def decode_update_prompt_request2_type(data: Any) -> UpdatePromptRequest2Type:
    if data.__class__ is str and data in UPDATE_PROMPT_REQUEST2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_REQUEST2_TYPE_VALUES)
