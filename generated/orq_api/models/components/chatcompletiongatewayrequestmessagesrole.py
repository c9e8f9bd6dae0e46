"""components models: ChatCompletionGatewayRequestMessagesRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_ROLE_VALUES",
    "ChatCompletionGatewayRequestMessagesRole",
    "decode_chat_completion_gateway_request_messages_role",
]


ChatCompletionGatewayRequestMessagesRole = Literal["user"]
"""The role of the messages author, in this case **user**."""


CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_ROLE_VALUES = frozenset(("user",))


def decode_chat_completion_gateway_request_messages_role(
    data: Any,
) -> ChatCompletionGatewayRequestMessagesRole:
    if (
        data.__class__ is str
        and data in CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_ROLE_VALUES)
