"""components models: GetAllPromptsResponseItemsItemsEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_ENCODING_FORMAT_VALUES",
    "GetAllPromptsResponseItemsItemsEncodingFormat",
    "decode_get_all_prompts_response_items_items_encoding_format",
]


GetAllPromptsResponseItemsItemsEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_ENCODING_FORMAT_VALUES = frozenset(
    ("float", "base64")
)


def decode_get_all_prompts_response_items_items_encoding_format(
    data: Any,
) -> GetAllPromptsResponseItemsItemsEncodingFormat:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_ENCODING_FORMAT_VALUES
    )
