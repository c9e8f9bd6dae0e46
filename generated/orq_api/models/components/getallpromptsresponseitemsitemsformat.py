"""components models: GetAllPromptsResponseItemsItemsFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_FORMAT_VALUES",
    "GetAllPromptsResponseItemsItemsFormat",
    "decode_get_all_prompts_response_items_items_format",
]


GetAllPromptsResponseItemsItemsFormat = Literal[
    "url", "b64_json", "text", "json_object"
]
"""Only supported on `image` models."""


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_get_all_prompts_response_items_items_format(
    data: Any,
) -> GetAllPromptsResponseItemsItemsFormat:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_FORMAT_VALUES)
