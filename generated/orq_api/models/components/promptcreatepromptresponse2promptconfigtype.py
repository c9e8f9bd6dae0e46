"""components models: PromptCreatePromptResponse2PromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE2_PROMPT_CONFIG_TYPE_VALUES",
    "PromptCreatePromptResponse2PromptConfigType",
    "decode_prompt_create_prompt_response2_prompt_config_type",
]


PromptCreatePromptResponse2PromptConfigType = Literal["image_url"]


PROMPT_CREATE_PROMPT_RESPONSE2_PROMPT_CONFIG_TYPE_VALUES = frozenset(("image_url",))


def decode_prompt_create_prompt_response2_prompt_config_type(
    data: Any,
) -> PromptCreatePromptResponse2PromptConfigType:
    if (
        data.__class__ is str
        and data in PROMPT_CREATE_PROMPT_RESPONSE2_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE2_PROMPT_CONFIG_TYPE_VALUES)
