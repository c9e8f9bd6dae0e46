"""operations models: RouterChatCompletionsResponseBodyRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES",
    "RouterChatCompletionsResponseBodyRole",
    "decode_router_chat_completions_response_body_role",
]


RouterChatCompletionsResponseBodyRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]


ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_router_chat_completions_response_body_role(
    data: Any,
) -> RouterChatCompletionsResponseBodyRole:
    if (
        data.__class__ is str
        and data in ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_ROLE_VALUES)
