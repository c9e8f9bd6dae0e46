"""operations models: RouterChatCompletionsContentRouterChatCompletionsRequest2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions2routerchatcompletionsrequest1 import (
    RouterChatCompletions2RouterChatCompletionsRequest1,
)
from .routerchatcompletions2routerchatcompletionsrequest2 import (
    RouterChatCompletions2RouterChatCompletionsRequest2,
)

__all__ = [
    "RouterChatCompletionsContentRouterChatCompletionsRequest2",
    "decode_router_chat_completions_content_router_chat_completions_request2",
    "encode_router_chat_completions_content_router_chat_completions_request2",
]


RouterChatCompletionsContentRouterChatCompletionsRequest2 = Union[
    RouterChatCompletions2RouterChatCompletionsRequest1,
    RouterChatCompletions2RouterChatCompletionsRequest2,
]
""""""


def decode_router_chat_completions_content_router_chat_completions_request2(
    data: Any,
) -> RouterChatCompletionsContentRouterChatCompletionsRequest2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return RouterChatCompletions2RouterChatCompletionsRequest1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return RouterChatCompletions2RouterChatCompletionsRequest2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                RouterChatCompletions2RouterChatCompletionsRequest1.from_dict, data
            ),
            _rt.error_of(
                RouterChatCompletions2RouterChatCompletionsRequest2.from_dict, data
            ),
        ]
    )


def encode_router_chat_completions_content_router_chat_completions_request2(
    value: RouterChatCompletionsContentRouterChatCompletionsRequest2,
) -> Any:
    return value.to_dict()
