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


CREATE_PROMPT_REQUEST2_TYPE_VALUES: frozenset[Any] = frozenset(("text",))


def decode_create_prompt_request2_type(data: Any) -> CreatePromptRequest2Type:
    for value in ("text",):
        if data == value and type(data) is type(value):
            return value
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST2_TYPE_VALUES)
