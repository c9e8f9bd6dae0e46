"""components models: CreatePromptRequestResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES",
    "CreatePromptRequestResponseFormatType",
    "decode_create_prompt_request_response_format_type",
]


CreatePromptRequestResponseFormatType = Literal["json_schema"]


CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES = frozenset(("json_schema",))


def decode_create_prompt_request_response_format_type(
    data: Any,
) -> CreatePromptRequestResponseFormatType:
    if (
        data.__class__ is str
        and data in CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES)
