"""components models: PromptTemplateGetAllResponseItemsItems3PhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_PHOTO_REAL_VERSION_VALUES",
    "PromptTemplateGetAllResponseItemsItems3PhotoRealVersion",
    "decode_prompt_template_get_all_response_items_items3_photo_real_version",
]


PromptTemplateGetAllResponseItemsItems3PhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_PHOTO_REAL_VERSION_VALUES = frozenset(
    ("v1", "v2")
)


def decode_prompt_template_get_all_response_items_items3_photo_real_version(
    data: Any,
) -> PromptTemplateGetAllResponseItemsItems3PhotoRealVersion:
    if (
        data.__class__ is str
        and data
        in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_PHOTO_REAL_VERSION_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_PHOTO_REAL_VERSION_VALUES
    )
