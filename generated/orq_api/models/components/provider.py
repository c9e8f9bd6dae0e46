"""components models: Provider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["PROVIDER_VALUES", "Provider", "decode_provider"]


Provider = Literal[
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
"""The provider used to generate the response"""


PROVIDER_VALUES = frozenset(
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


def decode_provider(data: Any) -> Provider:
    if data.__class__ is str and data in PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROVIDER_VALUES)
