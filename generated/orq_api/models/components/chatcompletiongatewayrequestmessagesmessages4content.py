"""components models: ChatCompletionGatewayRequestMessagesMessages4Content"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewayrequestcontentmessages42 import (
    ChatCompletionGatewayRequestContentMessages42,
    decode_chat_completion_gateway_request_content_messages42,
    encode_chat_completion_gateway_request_content_messages42,
)

__all__ = [
    "ChatCompletionGatewayRequestMessagesMessages4Content",
    "decode_chat_completion_gateway_request_messages_messages4_content",
    "encode_chat_completion_gateway_request_messages_messages4_content",
]


ChatCompletionGatewayRequestMessagesMessages4Content = Union[
    str, List[ChatCompletionGatewayRequestContentMessages42]
]
"""The contents of a particular role's message."""


def decode_chat_completion_gateway_request_messages_messages4_content(
    data: Any,
) -> ChatCompletionGatewayRequestMessagesMessages4Content:
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
                decode_chat_completion_gateway_request_content_messages42
            )(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1
            or _rt.error_of(
                _rt.list_of(decode_chat_completion_gateway_request_content_messages42),
                data,
            ),
        ]
    )


def encode_chat_completion_gateway_request_messages_messages4_content(
    value: ChatCompletionGatewayRequestMessagesMessages4Content,
) -> Any:
    return _rt.encode(value)
