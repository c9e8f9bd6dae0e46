"""components models: PromptTemplateGetAllResponseItemsItemsRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS_ROLE_VALUES",
    "PromptTemplateGetAllResponseItemsItemsRole",
    "decode_prompt_template_get_all_response_items_items_role",
]


PromptTemplateGetAllResponseItemsItemsRole = Literal[
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


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS_ROLE_VALUES = frozenset(
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


def decode_prompt_template_get_all_response_items_items_role(
    data: Any,
) -> PromptTemplateGetAllResponseItemsItemsRole:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS_ROLE_VALUES)
