"""components models: PromptTemplateGetAllResponse2Items3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_TYPE_VALUES",
    "PromptTemplateGetAllResponse2Items3Type",
    "decode_prompt_template_get_all_response2_items3_type",
]


PromptTemplateGetAllResponse2Items3Type = Literal["text"]


PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_TYPE_VALUES = frozenset(("text",))


def decode_prompt_template_get_all_response2_items3_type(
    data: Any,
) -> PromptTemplateGetAllResponse2Items3Type:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS3_TYPE_VALUES)
