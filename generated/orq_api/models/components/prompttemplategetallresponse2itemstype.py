"""components models: PromptTemplateGetAllResponse2ItemsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS_TYPE_VALUES",
    "PromptTemplateGetAllResponse2ItemsType",
    "decode_prompt_template_get_all_response2_items_type",
]


PromptTemplateGetAllResponse2ItemsType = Literal["image_url"]


PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS_TYPE_VALUES = frozenset(("image_url",))


def decode_prompt_template_get_all_response2_items_type(
    data: Any,
) -> PromptTemplateGetAllResponse2ItemsType:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS_TYPE_VALUES)
