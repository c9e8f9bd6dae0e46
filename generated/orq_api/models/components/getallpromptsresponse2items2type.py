"""components models: GetAllPromptsResponse2Items2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE2_ITEMS2_TYPE_VALUES",
    "GetAllPromptsResponse2Items2Type",
    "decode_get_all_prompts_response2_items2_type",
]


GetAllPromptsResponse2Items2Type = Literal["text"]


GET_ALL_PROMPTS_RESPONSE2_ITEMS2_TYPE_VALUES = frozenset(("text",))


def decode_get_all_prompts_response2_items2_type(
    data: Any,
) -> GetAllPromptsResponse2Items2Type:
    if data.__class__ is str and data in GET_ALL_PROMPTS_RESPONSE2_ITEMS2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE2_ITEMS2_TYPE_VALUES)
