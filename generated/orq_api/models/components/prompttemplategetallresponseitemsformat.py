"""components models: PromptTemplateGetAllResponseItemsFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_FORMAT_VALUES",
    "PromptTemplateGetAllResponseItemsFormat",
    "decode_prompt_template_get_all_response_items_format",
]


PromptTemplateGetAllResponseItemsFormat = Literal[
    "url", "b64_json", "text", "json_object"
]
"""Only supported on `image` models."""


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_prompt_template_get_all_response_items_format(
    data: Any,
) -> PromptTemplateGetAllResponseItemsFormat:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_FORMAT_VALUES)
