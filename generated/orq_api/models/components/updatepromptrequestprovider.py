"""components models: UpdatePromptRequestProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_REQUEST_PROVIDER_VALUES",
    "UpdatePromptRequestProvider",
    "decode_update_prompt_request_provider",
]


UpdatePromptRequestProvider = Literal[
    "cohere",
    "openai",
    "anthropic",
    "huggingface",
    "replicate",
    "google",
    "google-ai",
    "azure",
    "aws",
    "anyscale",
    "perplexity",
    "groq",
    "fal",
    "leonardoai",
    "nvidia",
]


UPDATE_PROMPT_REQUEST_PROVIDER_VALUES = frozenset(
    (
        "cohere",
        "openai",
        "anthropic",
        "huggingface",
        "replicate",
        "google",
        "google-ai",
        "azure",
        "aws",
        "anyscale",
        "perplexity",
        "groq",
        "fal",
        "leonardoai",
        "nvidia",
    )
)


def decode_update_prompt_request_provider(data: Any) -> UpdatePromptRequestProvider:
    if data.__class__ is str and data in UPDATE_PROMPT_REQUEST_PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_REQUEST_PROVIDER_VALUES)
