"""operations models: RouterChatCompletionsMessagesRouterChatCompletionsRequestContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletionscontentrouterchatcompletionsrequest2 import (
    RouterChatCompletionsContentRouterChatCompletionsRequest2,
    decode_router_chat_completions_content_router_chat_completions_request2,
    encode_router_chat_completions_content_router_chat_completions_request2,
)

__all__ = [
    "RouterChatCompletionsMessagesRouterChatCompletionsRequestContent",
    "decode_router_chat_completions_messages_router_chat_completions_request_content",
    "encode_router_chat_completions_messages_router_chat_completions_request_content",
]


RouterChatCompletionsMessagesRouterChatCompletionsRequestContent = Union[
    str, List[RouterChatCompletionsContentRouterChatCompletionsRequest2]
]
"""The contents of a particular role's message."""


def decode_router_chat_completions_messages_router_chat_completions_request_content(
    data: Any,
) -> RouterChatCompletionsMessagesRouterChatCompletionsRequestContent:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(
                decode_router_chat_completions_content_router_chat_completions_request2
            )(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(
                _rt.list_of(
                    decode_router_chat_completions_content_router_chat_completions_request2
                ),
                data,
            ),
        ]
    )


def encode_router_chat_completions_messages_router_chat_completions_request_content(
    value: RouterChatCompletionsMessagesRouterChatCompletionsRequestContent,
) -> Any:
    return _rt.encode(value)
