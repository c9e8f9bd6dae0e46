"""components models: GetAllPromptsResponseItemsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_TYPE_VALUES",
    "GetAllPromptsResponseItemsType",
    "decode_get_all_prompts_response_items_type",
]


GetAllPromptsResponseItemsType = Literal["prompt"]


GET_ALL_PROMPTS_RESPONSE_ITEMS_TYPE_VALUES = frozenset(("prompt",))


def decode_get_all_prompts_response_items_type(
    data: Any,
) -> GetAllPromptsResponseItemsType:
    if data.__class__ is str and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_ITEMS_TYPE_VALUES)
