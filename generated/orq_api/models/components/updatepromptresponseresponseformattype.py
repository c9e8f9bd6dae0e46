"""components models: UpdatePromptResponseResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES",
    "UpdatePromptResponseResponseFormatType",
    "decode_update_prompt_response_response_format_type",
]


UpdatePromptResponseResponseFormatType = Literal["json_schema"]


UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES = frozenset(("json_schema",))


def decode_update_prompt_response_response_format_type(
    data: Any,
) -> UpdatePromptResponseResponseFormatType:
    if (
        data.__class__ is str
        and data in UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES)
