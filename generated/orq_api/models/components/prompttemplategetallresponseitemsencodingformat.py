"""components models: PromptTemplateGetAllResponseItemsEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ENCODING_FORMAT_VALUES",
    "PromptTemplateGetAllResponseItemsEncodingFormat",
    "decode_prompt_template_get_all_response_items_encoding_format",
]


PromptTemplateGetAllResponseItemsEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ENCODING_FORMAT_VALUES = frozenset(
    ("float", "base64")
)


def decode_prompt_template_get_all_response_items_encoding_format(
    data: Any,
) -> PromptTemplateGetAllResponseItemsEncodingFormat:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ENCODING_FORMAT_VALUES
    )
