"""components models: EvalsProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_PROVIDER_VALUES", "EvalsProvider", "decode_evals_provider"]


EvalsProvider = Literal[
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


EVALS_PROVIDER_VALUES = frozenset(
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


def decode_evals_provider(data: Any) -> EvalsProvider:
    if data.__class__ is str and data in EVALS_PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_PROVIDER_VALUES)
