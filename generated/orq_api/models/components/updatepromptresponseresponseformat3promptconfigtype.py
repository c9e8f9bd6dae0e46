"""components models: UpdatePromptResponseResponseFormat3PromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES",
    "UpdatePromptResponseResponseFormat3PromptConfigType",
    "decode_update_prompt_response_response_format3_prompt_config_type",
]


UpdatePromptResponseResponseFormat3PromptConfigType = Literal["json_object"]


UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES = frozenset(
    ("json_object",)
)


def decode_update_prompt_response_response_format3_prompt_config_type(
    data: Any,
) -> UpdatePromptResponseResponseFormat3PromptConfigType:
    if (
        data.__class__ is str
        and data in UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES
    )
