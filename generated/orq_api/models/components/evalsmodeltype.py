"""components models: EvalsModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_MODEL_TYPE_VALUES", "EvalsModelType", "decode_evals_model_type"]


EvalsModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


EVALS_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_evals_model_type(data: Any) -> EvalsModelType:
    if data.__class__ is str and data in EVALS_MODEL_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_MODEL_TYPE_VALUES)
