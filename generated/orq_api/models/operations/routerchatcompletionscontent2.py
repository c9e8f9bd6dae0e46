"""operations models: RouterChatCompletionsContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions21 import RouterChatCompletions21
from .routerchatcompletions22 import RouterChatCompletions22

__all__ = [
    "RouterChatCompletionsContent2",
    "decode_router_chat_completions_content2",
    "encode_router_chat_completions_content2",
]


RouterChatCompletionsContent2 = Union[RouterChatCompletions21, RouterChatCompletions22]
""""""


def decode_router_chat_completions_content2(data: Any) -> RouterChatCompletionsContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return RouterChatCompletions21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return RouterChatCompletions22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(RouterChatCompletions21.from_dict, data),
            _rt.error_of(RouterChatCompletions22.from_dict, data),
        ]
    )


def encode_router_chat_completions_content2(
    value: RouterChatCompletionsContent2,
) -> Any:
    return value.to_dict()
