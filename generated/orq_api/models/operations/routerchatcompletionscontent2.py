"""operations models: RouterChatCompletionsContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .routerchatcompletions21 import RouterChatCompletions21
from .routerchatcompletions22 import RouterChatCompletions22

RouterChatCompletionsContent2 = Union[
    "RouterChatCompletions21", "RouterChatCompletions22"
]
""""""


def decode_router_chat_completions_content2(data: Any) -> RouterChatCompletionsContent2:
    errors: List[ValidationError] = []
    try:
        return RouterChatCompletions21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RouterChatCompletions22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_router_chat_completions_content2(
    value: RouterChatCompletionsContent2,
) -> Any:
    return value.to_dict()
