"""operations models: RouterChatCompletionsContentRouterChatCompletions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .routerchatcompletions2routerchatcompletions1 import (
    RouterChatCompletions2RouterChatCompletions1,
)
from .routerchatcompletions2routerchatcompletions2 import (
    RouterChatCompletions2RouterChatCompletions2,
)

RouterChatCompletionsContentRouterChatCompletions2 = Union[
    "RouterChatCompletions2RouterChatCompletions1",
    "RouterChatCompletions2RouterChatCompletions2",
]
""""""


def decode_router_chat_completions_content_router_chat_completions2(
    data: Any,
) -> RouterChatCompletionsContentRouterChatCompletions2:
    errors: List[ValidationError] = []
    try:
        return RouterChatCompletions2RouterChatCompletions1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RouterChatCompletions2RouterChatCompletions2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_router_chat_completions_content_router_chat_completions2(
    value: RouterChatCompletionsContentRouterChatCompletions2,
) -> Any:
    return value.to_dict()
