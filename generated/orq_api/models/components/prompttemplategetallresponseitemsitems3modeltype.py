"""components models: PromptTemplateGetAllResponseItemsItems3ModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_MODEL_TYPE_VALUES",
    "PromptTemplateGetAllResponseItemsItems3ModelType",
    "decode_prompt_template_get_all_response_items_items3_model_type",
]


PromptTemplateGetAllResponseItemsItems3ModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_prompt_template_get_all_response_items_items3_model_type(
    data: Any,
) -> PromptTemplateGetAllResponseItemsItems3ModelType:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_MODEL_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS3_MODEL_TYPE_VALUES
    )
