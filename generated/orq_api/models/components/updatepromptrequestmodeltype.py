"""components models: UpdatePromptRequestModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_REQUEST_MODEL_TYPE_VALUES",
    "UpdatePromptRequestModelType",
    "decode_update_prompt_request_model_type",
]


UpdatePromptRequestModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


UPDATE_PROMPT_REQUEST_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_update_prompt_request_model_type(data: Any) -> UpdatePromptRequestModelType:
    if data.__class__ is str and data in UPDATE_PROMPT_REQUEST_MODEL_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_REQUEST_MODEL_TYPE_VALUES)
