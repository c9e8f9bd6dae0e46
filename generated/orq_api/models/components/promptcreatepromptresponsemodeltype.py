"""components models: PromptCreatePromptResponseModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE_MODEL_TYPE_VALUES",
    "PromptCreatePromptResponseModelType",
    "decode_prompt_create_prompt_response_model_type",
]


PromptCreatePromptResponseModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


PROMPT_CREATE_PROMPT_RESPONSE_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_prompt_create_prompt_response_model_type(
    data: Any,
) -> PromptCreatePromptResponseModelType:
    if (
        data.__class__ is str
        and data in PROMPT_CREATE_PROMPT_RESPONSE_MODEL_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE_MODEL_TYPE_VALUES)
