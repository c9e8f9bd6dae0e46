"""components models: GetAllPromptsResponseItemsItems1Role"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS1_ROLE_VALUES",
    "GetAllPromptsResponseItemsItems1Role",
    "decode_get_all_prompts_response_items_items1_role",
]


GetAllPromptsResponseItemsItems1Role = Literal[
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


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS1_ROLE_VALUES = frozenset(
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


def decode_get_all_prompts_response_items_items1_role(
    data: Any,
) -> GetAllPromptsResponseItemsItems1Role:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS1_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS1_ROLE_VALUES)
