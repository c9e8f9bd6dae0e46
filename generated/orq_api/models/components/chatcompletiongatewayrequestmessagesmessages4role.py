"""components models: ChatCompletionGatewayRequestMessagesMessages4Role"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES",
    "ChatCompletionGatewayRequestMessagesMessages4Role",
    "decode_chat_completion_gateway_request_messages_messages4_role",
]


ChatCompletionGatewayRequestMessagesMessages4Role = Literal["tool"]
"""The role of the messages author, in this case **tool**."""


CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES = frozenset(("tool",))


def decode_chat_completion_gateway_request_messages_messages4_role(
    data: Any,
) -> ChatCompletionGatewayRequestMessagesMessages4Role:
    if (
        data.__class__ is str
        and data in CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES
    )
