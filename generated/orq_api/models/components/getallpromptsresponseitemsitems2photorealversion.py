"""components models: GetAllPromptsResponseItemsItems2PhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS2_PHOTO_REAL_VERSION_VALUES",
    "GetAllPromptsResponseItemsItems2PhotoRealVersion",
    "decode_get_all_prompts_response_items_items2_photo_real_version",
]


GetAllPromptsResponseItemsItems2PhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS2_PHOTO_REAL_VERSION_VALUES = frozenset(
    ("v1", "v2")
)


def decode_get_all_prompts_response_items_items2_photo_real_version(
    data: Any,
) -> GetAllPromptsResponseItemsItems2PhotoRealVersion:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS2_PHOTO_REAL_VERSION_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS2_PHOTO_REAL_VERSION_VALUES
    )
