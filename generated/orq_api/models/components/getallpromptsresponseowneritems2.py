"""components models: GetAllPromptsResponseOwnerItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_OWNER_ITEMS2_VALUES",
    "GetAllPromptsResponseOwnerItems2",
    "decode_get_all_prompts_response_owner_items2",
]


GetAllPromptsResponseOwnerItems2 = Literal["vendor"]


GET_ALL_PROMPTS_RESPONSE_OWNER_ITEMS2_VALUES = frozenset(("vendor",))


def decode_get_all_prompts_response_owner_items2(
    data: Any,
) -> GetAllPromptsResponseOwnerItems2:
    if data.__class__ is str and data in GET_ALL_PROMPTS_RESPONSE_OWNER_ITEMS2_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_OWNER_ITEMS2_VALUES)
