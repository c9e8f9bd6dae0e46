"""components models: GetOnePromptSnippetByKeyResponse22PromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE22_PROMPT_CONFIG_TYPE_VALUES",
    "GetOnePromptSnippetByKeyResponse22PromptConfigType",
    "decode_get_one_prompt_snippet_by_key_response22_prompt_config_type",
]


GetOnePromptSnippetByKeyResponse22PromptConfigType = Literal["image_url"]


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE22_PROMPT_CONFIG_TYPE_VALUES = frozenset(
    ("image_url",)
)


def decode_get_one_prompt_snippet_by_key_response22_prompt_config_type(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse22PromptConfigType:
    if (
        data.__class__ is str
        and data in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE22_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE22_PROMPT_CONFIG_TYPE_VALUES
    )
