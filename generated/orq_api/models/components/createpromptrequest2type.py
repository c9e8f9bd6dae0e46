"""components models: CreatePromptRequest2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST2_TYPE_VALUES",
    "CreatePromptRequest2Type",
    "decode_create_prompt_request2_type",
]


CreatePromptRequest2Type = Literal["text"]


CREATE_PROMPT_REQUEST2_TYPE_VALUES = frozenset(("text",))


def decode_create_prompt_request2_type(data: Any) -> CreatePromptRequest2Type:
    if data.__class__ is str and data in CREATE_PROMPT_REQUEST2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST2_TYPE_VALUES)
