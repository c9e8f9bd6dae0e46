"""components models: GetAllPromptsResponseItemsItems3EncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_ENCODING_FORMAT_VALUES",
    "GetAllPromptsResponseItemsItems3EncodingFormat",
    "decode_get_all_prompts_response_items_items3_encoding_format",
]


GetAllPromptsResponseItemsItems3EncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_ENCODING_FORMAT_VALUES = frozenset(
    ("float", "base64")
)


def decode_get_all_prompts_response_items_items3_encoding_format(
    data: Any,
) -> GetAllPromptsResponseItemsItems3EncodingFormat:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_ENCODING_FORMAT_VALUES
    )
