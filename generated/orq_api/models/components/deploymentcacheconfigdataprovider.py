"""components models: DeploymentCacheConfigDataProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_CACHE_CONFIG_DATA_PROVIDER_VALUES",
    "DeploymentCacheConfigDataProvider",
    "decode_deployment_cache_config_data_provider",
]


DeploymentCacheConfigDataProvider = Literal[
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


DEPLOYMENT_CACHE_CONFIG_DATA_PROVIDER_VALUES = frozenset(
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


def decode_deployment_cache_config_data_provider(
    data: Any,
) -> DeploymentCacheConfigDataProvider:
    if data.__class__ is str and data in DEPLOYMENT_CACHE_CONFIG_DATA_PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_CACHE_CONFIG_DATA_PROVIDER_VALUES)
