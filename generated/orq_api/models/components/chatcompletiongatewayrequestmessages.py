"""components models: ChatCompletionGatewayRequestMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .messages1 import Messages1
from .messages2 import Messages2
from .messages3 import Messages3
from .messages4 import Messages4

__all__ = [
    "ChatCompletionGatewayRequestMessages",
    "decode_chat_completion_gateway_request_messages",
    "encode_chat_completion_gateway_request_messages",
]


ChatCompletionGatewayRequestMessages = Union[Messages1, Messages2, Messages3, Messages4]
""""""


def decode_chat_completion_gateway_request_messages(
    data: Any,
) -> ChatCompletionGatewayRequestMessages:
    if type(data) is dict and "role" in data and "content" in data:
        try:
            return Messages1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "role" in data and "content" in data:
        try:
            return Messages2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "role" in data and "tool_calls" in data:
        try:
            return Messages3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "role" in data
        and "tool_call_id" in data
        and "content" in data
    ):
        try:
            return Messages4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Messages1.from_dict, data),
            _rt.error_of(Messages2.from_dict, data),
            _rt.error_of(Messages3.from_dict, data),
            _rt.error_of(Messages4.from_dict, data),
        ]
    )


def encode_chat_completion_gateway_request_messages(
    value: ChatCompletionGatewayRequestMessages,
) -> Any:
    return value.to_dict()
