"""components models: PromptTemplateGetAllResponseItemsItems1Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_TYPE_VALUES",
    "PromptTemplateGetAllResponseItemsItems1Type",
    "decode_prompt_template_get_all_response_items_items1_type",
]


PromptTemplateGetAllResponseItemsItems1Type = Literal["function"]


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_TYPE_VALUES = frozenset(("function",))


def decode_prompt_template_get_all_response_items_items1_type(
    data: Any,
) -> PromptTemplateGetAllResponseItemsItems1Type:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_TYPE_VALUES
    )
