"""components models: GetAllPromptsRequestFiltersFiltersType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES",
    "GetAllPromptsRequestFiltersFiltersType",
    "decode_get_all_prompts_request_filters_filters_type",
]


GetAllPromptsRequestFiltersFiltersType = Literal["string"]


GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES = frozenset(("string",))


def decode_get_all_prompts_request_filters_filters_type(
    data: Any,
) -> GetAllPromptsRequestFiltersFiltersType:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES)
