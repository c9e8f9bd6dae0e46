"""components models: GetOnePromptSnippetByKeyResponse2ResponseFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponseresponseformat21 import (
    GetOnePromptSnippetByKeyResponseResponseFormat21,
)
from .getonepromptsnippetbykeyresponseresponseformat22 import (
    GetOnePromptSnippetByKeyResponseResponseFormat22,
)

__all__ = [
    "GetOnePromptSnippetByKeyResponse2ResponseFormat",
    "decode_get_one_prompt_snippet_by_key_response2_response_format",
    "encode_get_one_prompt_snippet_by_key_response2_response_format",
]


GetOnePromptSnippetByKeyResponse2ResponseFormat = Union[
    GetOnePromptSnippetByKeyResponseResponseFormat21,
    GetOnePromptSnippetByKeyResponseResponseFormat22,
]
"""An object specifying the format that the model must output.

 Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema

 Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

Important: when using JSON mode, you must also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if finish_reason="length", which indicates the generation exceeded max_tokens or the conversation exceeded the max context length.
"""


def decode_get_one_prompt_snippet_by_key_response2_response_format(
    data: Any,
) -> GetOnePromptSnippetByKeyResponse2ResponseFormat:
    if type(data) is dict and "type" in data and "json_schema" in data:
        try:
            return GetOnePromptSnippetByKeyResponseResponseFormat21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data:
        try:
            return GetOnePromptSnippetByKeyResponseResponseFormat22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                GetOnePromptSnippetByKeyResponseResponseFormat21.from_dict, data
            ),
            _rt.error_of(
                GetOnePromptSnippetByKeyResponseResponseFormat22.from_dict, data
            ),
        ]
    )


def encode_get_one_prompt_snippet_by_key_response2_response_format(
    value: GetOnePromptSnippetByKeyResponse2ResponseFormat,
) -> Any:
    return value.to_dict()
