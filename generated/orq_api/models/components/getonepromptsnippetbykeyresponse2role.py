"""components models: GetOnePromptSnippetByKeyResponse2Role"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ROLE_VALUES",
    "GetOnePromptSnippetByKeyResponse2Role",
    "decode_get_one_prompt_snippet_by_key_response2_role",
]


GetOnePromptSnippetByKeyResponse2Role = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_get_one_prompt_snippet_by_key_response2_role(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse2Role:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ROLE_VALUES)
