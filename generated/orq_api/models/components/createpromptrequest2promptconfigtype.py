"""components models: CreatePromptRequest2PromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CREATE_PROMPT_REQUEST2_PROMPT_CONFIG_TYPE_VALUES",
    "CreatePromptRequest2PromptConfigType",
    "decode_create_prompt_request2_prompt_config_type",
]


CreatePromptRequest2PromptConfigType = Literal["image_url"]


CREATE_PROMPT_REQUEST2_PROMPT_CONFIG_TYPE_VALUES = frozenset(("image_url",))


def decode_create_prompt_request2_prompt_config_type(
    data: Any,
) -> CreatePromptRequest2PromptConfigType:
    if (
        data.__class__ is str
        and data in CREATE_PROMPT_REQUEST2_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CREATE_PROMPT_REQUEST2_PROMPT_CONFIG_TYPE_VALUES)
