"""components models: PromptTemplateGetAllResponseItemsItems1Provider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_PROVIDER_VALUES",
    "PromptTemplateGetAllResponseItemsItems1Provider",
    "decode_prompt_template_get_all_response_items_items1_provider",
]


PromptTemplateGetAllResponseItemsItems1Provider = Literal[
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


PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_PROVIDER_VALUES = frozenset(
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


def decode_prompt_template_get_all_response_items_items1_provider(
    data: Any,
) -> PromptTemplateGetAllResponseItemsItems1Provider:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_PROVIDER_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_ITEMS_ITEMS1_PROVIDER_VALUES
    )
