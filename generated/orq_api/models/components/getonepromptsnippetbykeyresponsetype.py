"""components models: GetOnePromptSnippetByKeyResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_TYPE_VALUES",
    "GetOnePromptSnippetByKeyResponseType",
    "decode_get_one_prompt_snippet_by_key_response_type",
]


GetOnePromptSnippetByKeyResponseType = Literal["prompt"]


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_TYPE_VALUES = frozenset(("prompt",))


def decode_get_one_prompt_snippet_by_key_response_type(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseType:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_TYPE_VALUES)
