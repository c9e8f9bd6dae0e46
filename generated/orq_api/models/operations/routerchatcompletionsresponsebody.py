"""operations models: RouterChatCompletionsResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .responsebody1 import ResponseBody1
from .responsebody2 import ResponseBody2

__all__ = [
    "RouterChatCompletionsResponseBody",
    "decode_router_chat_completions_response_body",
    "encode_router_chat_completions_response_body",
]


RouterChatCompletionsResponseBody = Union[ResponseBody1, ResponseBody2]
"""A response body that follows the official OpenAI schema"""


def decode_router_chat_completions_response_body(
    data: Any,
) -> RouterChatCompletionsResponseBody:
    e0: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "id" in data
        and "choices" in data
        and "created" in data
        and "model" in data
        and "system_fingerprint" in data
        and "object" in data
        and "usage" in data
    ):
        try:
            return ResponseBody1.from_dict(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "id" in data
        and "choices" in data
        and "created" in data
        and "model" in data
        and "system_fingerprint" in data
        and "object" in data
        and "usage" in data
    ):
        try:
            return ResponseBody2.from_dict(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(ResponseBody1.from_dict, data),
            e1 or _rt.error_of(ResponseBody2.from_dict, data),
        ]
    )


def encode_router_chat_completions_response_body(
    value: RouterChatCompletionsResponseBody,
) -> Any:
    return value.to_dict()
