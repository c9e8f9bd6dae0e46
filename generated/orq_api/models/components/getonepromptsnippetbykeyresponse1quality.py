"""components models: GetOnePromptSnippetByKeyResponse1Quality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE1_QUALITY_VALUES",
    "GetOnePromptSnippetByKeyResponse1Quality",
    "decode_get_one_prompt_snippet_by_key_response1_quality",
]


GetOnePromptSnippetByKeyResponse1Quality = Literal["standard", "hd"]
"""Only supported on `image` models."""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE1_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_get_one_prompt_snippet_by_key_response1_quality(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse1Quality:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE1_QUALITY_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE1_QUALITY_VALUES)
