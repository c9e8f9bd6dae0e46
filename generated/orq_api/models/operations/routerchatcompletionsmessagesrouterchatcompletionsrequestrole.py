"""operations models: RouterChatCompletionsMessagesRouterChatCompletionsRequestRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES",
    "RouterChatCompletionsMessagesRouterChatCompletionsRequestRole",
    "decode_router_chat_completions_messages_router_chat_completions_request_role",
]


RouterChatCompletionsMessagesRouterChatCompletionsRequestRole = Literal["tool"]
"""The role of the messages author, in this case **tool**."""


ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES = (
    frozenset(("tool",))
)


def decode_router_chat_completions_messages_router_chat_completions_request_role(
    data: Any,
) -> RouterChatCompletionsMessagesRouterChatCompletionsRequestRole:
    if (
        data.__class__ is str
        and data
        in ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        ROUTER_CHAT_COMPLETIONS_MESSAGES_ROUTER_CHAT_COMPLETIONS_REQUEST_ROLE_VALUES,
    )
