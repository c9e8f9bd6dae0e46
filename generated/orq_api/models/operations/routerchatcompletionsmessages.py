"""operations models: RouterChatCompletionsMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .four import Four
from .messages1 import Messages1
from .messages2 import Messages2
from .messages3 import Messages3

RouterChatCompletionsMessages = Union["Messages1", "Messages2", "Messages3", "Four"]
""""""


def decode_router_chat_completions_messages(data: Any) -> RouterChatCompletionsMessages:
    errors: List[ValidationError] = []
    try:
        return Messages1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Messages2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Messages3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Four.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_router_chat_completions_messages(
    value: RouterChatCompletionsMessages,
) -> Any:
    return value.to_dict()
