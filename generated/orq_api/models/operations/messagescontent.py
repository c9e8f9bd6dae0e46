"""operations models: MessagesContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .routerchatcompletionscontent2 import (
    RouterChatCompletionsContent2,
    decode_router_chat_completions_content2,
    encode_router_chat_completions_content2,
)

MessagesContent = Union[str, List["RouterChatCompletionsContent2"]]
"""The contents of a particular role's message."""


def decode_messages_content(data: Any) -> MessagesContent:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return _rt.list_of(decode_router_chat_completions_content2)(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_messages_content(value: MessagesContent) -> Any:
    return _rt.encode(value)
