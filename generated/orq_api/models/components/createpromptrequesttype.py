"""components models: CreatePromptRequestType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST_TYPE_VALUES",
    "CreatePromptRequestType",
    "decode_create_prompt_request_type",
]


CreatePromptRequestType = Literal["prompt", "snippet", "template"]


CREATE_PROMPT_REQUEST_TYPE_VALUES = frozenset(("prompt", "snippet", "template"))


def decode_create_prompt_request_type(data: Any) -> CreatePromptRequestType:
    if data.__class__ is str and data in CREATE_PROMPT_REQUEST_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST_TYPE_VALUES)
