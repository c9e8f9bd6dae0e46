"""operations models: RouterChatCompletionsMessagesRouterChatCompletionsContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "RouterChatCompletionsMessagesRouterChatCompletionsContent",
    "decode_router_chat_completions_messages_router_chat_completions_content",
    "encode_router_chat_completions_messages_router_chat_completions_content",
]


RouterChatCompletionsMessagesRouterChatCompletionsContent = Union[str, List[Any]]
"""The contents of the assistant message. Required unless tool_calls is specified."""


def decode_router_chat_completions_messages_router_chat_completions_content(
    data: Any,
) -> RouterChatCompletionsMessagesRouterChatCompletionsContent:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(_rt.d_any)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.list_of(_rt.d_any), data),
        ]
    )


def encode_router_chat_completions_messages_router_chat_completions_content(
    value: RouterChatCompletionsMessagesRouterChatCompletionsContent,
) -> Any:
    return _rt.encode(value)
