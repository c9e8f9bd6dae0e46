"""components models: ChatCompletionGatewayRequest2Messages4ContentType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_REQUEST2_MESSAGES4_CONTENT_TYPE_VALUES",
    "ChatCompletionGatewayRequest2Messages4ContentType",
    "decode_chat_completion_gateway_request2_messages4_content_type",
]


ChatCompletionGatewayRequest2Messages4ContentType = Literal["image_url"]


CHAT_COMPLETION_GATEWAY_REQUEST2_MESSAGES4_CONTENT_TYPE_VALUES = frozenset(
    ("image_url",)
)


def decode_chat_completion_gateway_request2_messages4_content_type(
    data: Any,
) -> ChatCompletionGatewayRequest2Messages4ContentType:
    if (
        data.__class__ is str
        and data in CHAT_COMPLETION_GATEWAY_REQUEST2_MESSAGES4_CONTENT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, CHAT_COMPLETION_GATEWAY_REQUEST2_MESSAGES4_CONTENT_TYPE_VALUES
    )
