"""components models: GetAllPromptsResponseResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES",
    "GetAllPromptsResponseResponseFormatType",
    "decode_get_all_prompts_response_response_format_type",
]


GetAllPromptsResponseResponseFormatType = Literal["json_schema"]


GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES = frozenset(("json_schema",))


def decode_get_all_prompts_response_response_format_type(
    data: Any,
) -> GetAllPromptsResponseResponseFormatType:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES)
