"""components models: UpdatePromptResponse2Provider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE2_PROVIDER_VALUES",
    "UpdatePromptResponse2Provider",
    "decode_update_prompt_response2_provider",
]


UpdatePromptResponse2Provider = Literal[
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


UPDATE_PROMPT_RESPONSE2_PROVIDER_VALUES = frozenset(
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


def decode_update_prompt_response2_provider(data: Any) -> UpdatePromptResponse2Provider:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE2_PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE2_PROVIDER_VALUES)
