"""components models: ChatCompletionGatewayRequestType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_REQUEST_TYPE_VALUES",
    "ChatCompletionGatewayRequestType",
    "decode_chat_completion_gateway_request_type",
]


ChatCompletionGatewayRequestType = Literal["function"]
"""The type of the tool. Currently, only function is supported."""


CHAT_COMPLETION_GATEWAY_REQUEST_TYPE_VALUES = frozenset(("function",))


def decode_chat_completion_gateway_request_type(
    data: Any,
) -> ChatCompletionGatewayRequestType:
    if data.__class__ is str and data in CHAT_COMPLETION_GATEWAY_REQUEST_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CHAT_COMPLETION_GATEWAY_REQUEST_TYPE_VALUES)
