"""components models: GetAllPromptsResponseItemsItems3VersionsModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_MODEL_TYPE_VALUES",
    "GetAllPromptsResponseItemsItems3VersionsModelType",
    "decode_get_all_prompts_response_items_items3_versions_model_type",
]


GetAllPromptsResponseItemsItems3VersionsModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_get_all_prompts_response_items_items3_versions_model_type(
    data: Any,
) -> GetAllPromptsResponseItemsItems3VersionsModelType:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_MODEL_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS3_VERSIONS_MODEL_TYPE_VALUES
    )
