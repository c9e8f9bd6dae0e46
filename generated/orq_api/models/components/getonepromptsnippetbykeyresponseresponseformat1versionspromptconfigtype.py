"""components models: GetOnePromptSnippetByKeyResponseResponseFormat1VersionsPromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT1_VERSIONS_PROMPT_CONFIG_TYPE_VALUES",
    "GetOnePromptSnippetByKeyResponseResponseFormat1VersionsPromptConfigType",
    "decode_get_one_prompt_snippet_by_key_response_response_format1_versions_prompt_config_type",
]


GetOnePromptSnippetByKeyResponseResponseFormat1VersionsPromptConfigType = Literal[
    "json_object"
]


GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT1_VERSIONS_PROMPT_CONFIG_TYPE_VALUES = frozenset(
    ("json_object",)
)


def decode_get_one_prompt_snippet_by_key_response_response_format1_versions_prompt_config_type(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseResponseFormat1VersionsPromptConfigType:
    if (
        data.__class__ is str
        and data
        in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT1_VERSIONS_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT1_VERSIONS_PROMPT_CONFIG_TYPE_VALUES,
    )
