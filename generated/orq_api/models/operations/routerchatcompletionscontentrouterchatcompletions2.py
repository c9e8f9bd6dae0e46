"""operations models: RouterChatCompletionsContentRouterChatCompletions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions2routerchatcompletions1 import (
    RouterChatCompletions2RouterChatCompletions1,
)
from .routerchatcompletions2routerchatcompletions2 import (
    RouterChatCompletions2RouterChatCompletions2,
)

__all__ = [
    "RouterChatCompletionsContentRouterChatCompletions2",
    "decode_router_chat_completions_content_router_chat_completions2",
    "encode_router_chat_completions_content_router_chat_completions2",
]


RouterChatCompletionsContentRouterChatCompletions2 = Union[
    RouterChatCompletions2RouterChatCompletions1,
    RouterChatCompletions2RouterChatCompletions2,
]
""""""


def decode_router_chat_completions_content_router_chat_completions2(
    data: Any,
) -> RouterChatCompletionsContentRouterChatCompletions2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return RouterChatCompletions2RouterChatCompletions1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return RouterChatCompletions2RouterChatCompletions2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(RouterChatCompletions2RouterChatCompletions1.from_dict, data),
            _rt.error_of(RouterChatCompletions2RouterChatCompletions2.from_dict, data),
        ]
    )


def encode_router_chat_completions_content_router_chat_completions2(
    value: RouterChatCompletionsContentRouterChatCompletions2,
) -> Any:
    return value.to_dict()
