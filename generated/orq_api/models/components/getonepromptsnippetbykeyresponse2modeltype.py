"""components models: GetOnePromptSnippetByKeyResponse2ModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_MODEL_TYPE_VALUES",
    "GetOnePromptSnippetByKeyResponse2ModelType",
    "decode_get_one_prompt_snippet_by_key_response2_model_type",
]


GetOnePromptSnippetByKeyResponse2ModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_get_one_prompt_snippet_by_key_response2_model_type(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse2ModelType:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_MODEL_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_MODEL_TYPE_VALUES
    )
