"""components models: PromptCreatePromptResponseRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE_ROLE_VALUES",
    "PromptCreatePromptResponseRole",
    "decode_prompt_create_prompt_response_role",
]


PromptCreatePromptResponseRole = Literal[
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


PROMPT_CREATE_PROMPT_RESPONSE_ROLE_VALUES = frozenset(
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


def decode_prompt_create_prompt_response_role(
    data: Any,
) -> PromptCreatePromptResponseRole:
    if data.__class__ is str and data in PROMPT_CREATE_PROMPT_RESPONSE_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE_ROLE_VALUES)
