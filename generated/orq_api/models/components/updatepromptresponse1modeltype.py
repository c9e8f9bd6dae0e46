"""components models: UpdatePromptResponse1ModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE1_MODEL_TYPE_VALUES",
    "UpdatePromptResponse1ModelType",
    "decode_update_prompt_response1_model_type",
]


UpdatePromptResponse1ModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


UPDATE_PROMPT_RESPONSE1_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_update_prompt_response1_model_type(
    data: Any,
) -> UpdatePromptResponse1ModelType:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE1_MODEL_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE1_MODEL_TYPE_VALUES)
