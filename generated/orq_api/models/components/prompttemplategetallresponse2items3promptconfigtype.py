"""components models: PromptTemplateGetAllResponse2Items3PromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_PROMPT_CONFIG_TYPE_VALUES",
    "PromptTemplateGetAllResponse2Items3PromptConfigType",
    "decode_prompt_template_get_all_response2_items3_prompt_config_type",
]


PromptTemplateGetAllResponse2Items3PromptConfigType = Literal["image_url"]


PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_PROMPT_CONFIG_TYPE_VALUES = frozenset(
    ("image_url",)
)


def decode_prompt_template_get_all_response2_items3_prompt_config_type(
    data: Any,
) -> PromptTemplateGetAllResponse2Items3PromptConfigType:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_PROMPT_CONFIG_TYPE_VALUES
    )
