"""components models: CacheConfigProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CACHE_CONFIG_PROVIDER_VALUES",
    "CacheConfigProvider",
    "decode_cache_config_provider",
]


CacheConfigProvider = Literal[
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


CACHE_CONFIG_PROVIDER_VALUES = frozenset(
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


def decode_cache_config_provider(data: Any) -> CacheConfigProvider:
    if data.__class__ is str and data in CACHE_CONFIG_PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CACHE_CONFIG_PROVIDER_VALUES)
