"""operations models: RouterChatCompletionsResponseBodyFinishReason"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES",
    "RouterChatCompletionsResponseBodyFinishReason",
    "decode_router_chat_completions_response_body_finish_reason",
]


RouterChatCompletionsResponseBodyFinishReason = Literal[
    "stop", "length", "content_filter", "tool_calls"
]
"""The reason the model stopped generating tokens."""


ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES = frozenset(
    ("stop", "length", "content_filter", "tool_calls")
)


def decode_router_chat_completions_response_body_finish_reason(
    data: Any,
) -> RouterChatCompletionsResponseBodyFinishReason:
    if (
        data.__class__ is str
        and data in ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_FINISH_REASON_VALUES
    )
