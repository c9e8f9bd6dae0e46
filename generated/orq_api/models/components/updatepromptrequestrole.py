"""components models: UpdatePromptRequestRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_REQUEST_ROLE_VALUES",
    "UpdatePromptRequestRole",
    "decode_update_prompt_request_role",
]


UpdatePromptRequestRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


UPDATE_PROMPT_REQUEST_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_update_prompt_request_role(data: Any) -> UpdatePromptRequestRole:
    if data.__class__ is str and data in UPDATE_PROMPT_REQUEST_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_REQUEST_ROLE_VALUES)
