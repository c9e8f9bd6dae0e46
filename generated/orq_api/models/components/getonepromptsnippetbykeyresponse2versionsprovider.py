"""components models: GetOnePromptSnippetByKeyResponse2VersionsProvider"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_VERSIONS_PROVIDER_VALUES",
    "GetOnePromptSnippetByKeyResponse2VersionsProvider",
    "decode_get_one_prompt_snippet_by_key_response2_versions_provider",
]


GetOnePromptSnippetByKeyResponse2VersionsProvider = Literal[
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


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_VERSIONS_PROVIDER_VALUES = frozenset(
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


def decode_get_one_prompt_snippet_by_key_response2_versions_provider(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse2VersionsProvider:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_VERSIONS_PROVIDER_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_VERSIONS_PROVIDER_VALUES
    )
