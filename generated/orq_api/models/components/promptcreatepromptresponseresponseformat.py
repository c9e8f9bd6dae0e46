"""components models: PromptCreatePromptResponseResponseFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .promptcreatepromptresponseresponseformat1 import (
    PromptCreatePromptResponseResponseFormat1,
)
from .promptcreatepromptresponseresponseformat2 import (
    PromptCreatePromptResponseResponseFormat2,
)

__all__ = [
    "PromptCreatePromptResponseResponseFormat",
    "decode_prompt_create_prompt_response_response_format",
    "encode_prompt_create_prompt_response_response_format",
]


PromptCreatePromptResponseResponseFormat = Union[
    PromptCreatePromptResponseResponseFormat1, PromptCreatePromptResponseResponseFormat2
]
"""An object specifying the format that the model must output.

 Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema

 Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

Important: when using JSON mode, you must also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if finish_reason="length", which indicates the generation exceeded max_tokens or the conversation exceeded the max context length.
"""


def decode_prompt_create_prompt_response_response_format(
    data: Any,
) -> PromptCreatePromptResponseResponseFormat:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "json_schema":
        return PromptCreatePromptResponseResponseFormat1.from_dict(data)
    if tag == "json_object":
        return PromptCreatePromptResponseResponseFormat2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("json_schema", "json_object")).at(
        _rt.key_segment("type")
    )


def encode_prompt_create_prompt_response_response_format(
    value: PromptCreatePromptResponseResponseFormat,
) -> Any:
    return value.to_dict()
