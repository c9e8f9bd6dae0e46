"""operations models: RouterChatCompletionsMessagesRouterChatCompletionsContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

RouterChatCompletionsMessagesRouterChatCompletionsContent = Union[str, List[Any]]
"""The contents of the assistant message. Required unless tool_calls is specified."""


def decode_router_chat_completions_messages_router_chat_completions_content(
    data: Any,
) -> RouterChatCompletionsMessagesRouterChatCompletionsContent:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return _rt.list_of(_rt.d_any)(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_router_chat_completions_messages_router_chat_completions_content(
    value: RouterChatCompletionsMessagesRouterChatCompletionsContent,
) -> Any:
    return _rt.encode(value)
