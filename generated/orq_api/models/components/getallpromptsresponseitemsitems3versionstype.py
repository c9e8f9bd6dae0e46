"""components models: GetAllPromptsResponseItemsItems3VersionsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_TYPE_VALUES",
    "GetAllPromptsResponseItemsItems3VersionsType",
    "decode_get_all_prompts_response_items_items3_versions_type",
]


GetAllPromptsResponseItemsItems3VersionsType = Literal["function"]


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_TYPE_VALUES = frozenset(("function",))


def decode_get_all_prompts_response_items_items3_versions_type(
    data: Any,
) -> GetAllPromptsResponseItemsItems3VersionsType:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_TYPE_VALUES
    )
