"""components models: ChatCompletionGatewayRequest2Detail"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CHAT_COMPLETION_GATEWAY_REQUEST2_DETAIL_VALUES",
    "ChatCompletionGatewayRequest2Detail",
    "decode_chat_completion_gateway_request2_detail",
]


ChatCompletionGatewayRequest2Detail = Literal["low", "high", "auto"]
"""Specifies the detail level of the image."""


CHAT_COMPLETION_GATEWAY_REQUEST2_DETAIL_VALUES = frozenset(("low", "high", "auto"))


def decode_chat_completion_gateway_request2_detail(
    data: Any,
) -> ChatCompletionGatewayRequest2Detail:
    if data.__class__ is str and data in CHAT_COMPLETION_GATEWAY_REQUEST2_DETAIL_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CHAT_COMPLETION_GATEWAY_REQUEST2_DETAIL_VALUES)
