"""operations models: RouterImageGenerationsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerimagegenerationsmessage1 import RouterImageGenerationsMessage1
from .routerimagegenerationsmessage2 import RouterImageGenerationsMessage2
from .routerimagegenerationsmessage3 import RouterImageGenerationsMessage3

__all__ = [
    "RouterImageGenerationsMessage",
    "decode_router_image_generations_message",
    "encode_router_image_generations_message",
]


RouterImageGenerationsMessage = Union[
    RouterImageGenerationsMessage1,
    RouterImageGenerationsMessage2,
    RouterImageGenerationsMessage3,
]


def decode_router_image_generations_message(data: Any) -> RouterImageGenerationsMessage:
    e0: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "content" in data
    ):
        try:
            return RouterImageGenerationsMessage1.from_dict(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "url" in data
    ):
        try:
            return RouterImageGenerationsMessage2.from_dict(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "tool_calls" in data
    ):
        try:
            return RouterImageGenerationsMessage3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(RouterImageGenerationsMessage1.from_dict, data),
            e1 or _rt.error_of(RouterImageGenerationsMessage2.from_dict, data),
            e2 or _rt.error_of(RouterImageGenerationsMessage3.from_dict, data),
        ]
    )


def encode_router_image_generations_message(
    value: RouterImageGenerationsMessage,
) -> Any:
    return value.to_dict()
