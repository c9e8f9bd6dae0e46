"""components models: UpdatePromptRequestType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_REQUEST_TYPE_VALUES",
    "UpdatePromptRequestType",
    "decode_update_prompt_request_type",
]


UpdatePromptRequestType = Literal["function"]
""""""

UPDATE_PROMPT_REQUEST_TYPE_VALUES: frozenset[Any] = frozenset(("function",))


def decode_update_prompt_request_type(data: Any) -> UpdatePromptRequestType:
    if data == "function" and type(data) is str:
        return "function"
    raise _rt.enum_error(data, UPDATE_PROMPT_REQUEST_TYPE_VALUES)
