"""components models: GetOnePromptSnippetByKeyResponseQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_QUALITY_VALUES",
    "GetOnePromptSnippetByKeyResponseQuality",
    "decode_get_one_prompt_snippet_by_key_response_quality",
]


GetOnePromptSnippetByKeyResponseQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_get_one_prompt_snippet_by_key_response_quality(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseQuality:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_QUALITY_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_QUALITY_VALUES)
