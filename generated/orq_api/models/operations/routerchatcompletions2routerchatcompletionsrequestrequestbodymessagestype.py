"""operations models: RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES",
    "RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType",
    "decode_router_chat_completions2_router_chat_completions_request_request_body_messages_type",
]


RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType = Literal[
    "text"
]


ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES = frozenset(
    ("text",)
)


def decode_router_chat_completions2_router_chat_completions_request_request_body_messages_type(
    data: Any,
) -> RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessagesType:
    if (
        data.__class__ is str
        and data
        in ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES_TYPE_VALUES,
    )
