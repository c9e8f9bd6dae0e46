"""components models: CreatePromptRequestResponseFormatPromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_PROMPT_CONFIG_TYPE_VALUES",
    "CreatePromptRequestResponseFormatPromptConfigType",
    "decode_create_prompt_request_response_format_prompt_config_type",
]


CreatePromptRequestResponseFormatPromptConfigType = Literal["json_object"]


CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_PROMPT_CONFIG_TYPE_VALUES = frozenset(
    ("json_object",)
)


def decode_create_prompt_request_response_format_prompt_config_type(
    data: Any,
) -> CreatePromptRequestResponseFormatPromptConfigType:
    if (
        data.__class__ is str
        and data in CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, CREATE_PROMPT_REQUEST_RESPONSE_FORMAT_PROMPT_CONFIG_TYPE_VALUES
    )
