"""operations models: RouterChatCompletionsMessagesRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES",
    "RouterChatCompletionsMessagesRole",
    "decode_router_chat_completions_messages_role",
]


RouterChatCompletionsMessagesRole = Literal["user"]
"""The role of the messages author, in this case **user**."""


ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES = frozenset(("user",))


def decode_router_chat_completions_messages_role(
    data: Any,
) -> RouterChatCompletionsMessagesRole:
    if data.__class__ is str and data in ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES)
