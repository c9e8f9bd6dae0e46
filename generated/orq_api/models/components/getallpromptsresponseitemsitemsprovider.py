"""components models: GetAllPromptsResponseItemsItemsProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_PROVIDER_VALUES",
    "GetAllPromptsResponseItemsItemsProvider",
    "decode_get_all_prompts_response_items_items_provider",
]


GetAllPromptsResponseItemsItemsProvider = Literal[
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


GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_PROVIDER_VALUES = frozenset(
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


def decode_get_all_prompts_response_items_items_provider(
    data: Any,
) -> GetAllPromptsResponseItemsItemsProvider:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_PROVIDER_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE_ITEMS_ITEMS_PROVIDER_VALUES)
