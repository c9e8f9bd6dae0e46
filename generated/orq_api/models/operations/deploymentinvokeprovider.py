"""operations models: DeploymentInvokeProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_INVOKE_PROVIDER_VALUES",
    "DeploymentInvokeProvider",
    "decode_deployment_invoke_provider",
]


DeploymentInvokeProvider = Literal[
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


DEPLOYMENT_INVOKE_PROVIDER_VALUES = frozenset(
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


def decode_deployment_invoke_provider(data: Any) -> DeploymentInvokeProvider:
    if data.__class__ is str and data in DEPLOYMENT_INVOKE_PROVIDER_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_INVOKE_PROVIDER_VALUES)
