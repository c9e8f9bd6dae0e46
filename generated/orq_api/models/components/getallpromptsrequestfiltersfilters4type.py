"""components models: GetAllPromptsRequestFiltersFilters4Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES",
    "GetAllPromptsRequestFiltersFilters4Type",
    "decode_get_all_prompts_request_filters_filters4_type",
]


GetAllPromptsRequestFiltersFilters4Type = Literal["string_array"]


GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES = frozenset(("string_array",))


def decode_get_all_prompts_request_filters_filters4_type(
    data: Any,
) -> GetAllPromptsRequestFiltersFilters4Type:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES)
