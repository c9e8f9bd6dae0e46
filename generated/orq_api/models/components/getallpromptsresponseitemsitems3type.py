"""components models: GetAllPromptsResponseItemsItems3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_TYPE_VALUES",
    "GetAllPromptsResponseItemsItems3Type",
    "decode_get_all_prompts_response_items_items3_type",
]


GetAllPromptsResponseItemsItems3Type = Literal["template"]


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_TYPE_VALUES = frozenset(("template",))


def decode_get_all_prompts_response_items_items3_type(
    data: Any,
) -> GetAllPromptsResponseItemsItems3Type:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_TYPE_VALUES)
