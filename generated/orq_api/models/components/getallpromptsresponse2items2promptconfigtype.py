"""components models: GetAllPromptsResponse2Items2PromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES",
    "GetAllPromptsResponse2Items2PromptConfigType",
    "decode_get_all_prompts_response2_items2_prompt_config_type",
]


GetAllPromptsResponse2Items2PromptConfigType = Literal["image_url"]


GET_ALL_PROMPTS_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES = frozenset(("image_url",))


def decode_get_all_prompts_response2_items2_prompt_config_type(
    data: Any,
) -> GetAllPromptsResponse2Items2PromptConfigType:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ALL_PROMPTS_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES
    )
