"""components models: GetOnePromptSnippetByKeyResponseOwner32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_OWNER32_VALUES",
    "GetOnePromptSnippetByKeyResponseOwner32",
    "decode_get_one_prompt_snippet_by_key_response_owner32",
]


GetOnePromptSnippetByKeyResponseOwner32 = Literal["vendor"]


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_OWNER32_VALUES = frozenset(("vendor",))


def decode_get_one_prompt_snippet_by_key_response_owner32(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseOwner32:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_OWNER32_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_OWNER32_VALUES)
