"""components models: PromptTemplateGetAllResponseItemsItems1Quality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_QUALITY_VALUES",
    "PromptTemplateGetAllResponseItemsItems1Quality",
    "decode_prompt_template_get_all_response_items_items1_quality",
]


PromptTemplateGetAllResponseItemsItems1Quality = Literal["standard", "hd"]
"""Only supported on `image` models."""


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_QUALITY_VALUES = frozenset(
    ("standard", "hd")
)


def decode_prompt_template_get_all_response_items_items1_quality(
    data: Any,
) -> PromptTemplateGetAllResponseItemsItems1Quality:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_QUALITY_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_QUALITY_VALUES
    )
