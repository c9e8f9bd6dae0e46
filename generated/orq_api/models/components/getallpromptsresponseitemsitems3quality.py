"""components models: GetAllPromptsResponseItemsItems3Quality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_QUALITY_VALUES",
    "GetAllPromptsResponseItemsItems3Quality",
    "decode_get_all_prompts_response_items_items3_quality",
]


GetAllPromptsResponseItemsItems3Quality = Literal["standard", "hd"]
"""Only supported on `image` models."""


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_get_all_prompts_response_items_items3_quality(
    data: Any,
) -> GetAllPromptsResponseItemsItems3Quality:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_QUALITY_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_QUALITY_VALUES)
