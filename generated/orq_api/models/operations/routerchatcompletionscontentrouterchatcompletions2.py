"""operations models: RouterChatCompletionsContentRouterChatCompletions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions2routerchatcompletions1 import (
    RouterChatCompletions2RouterChatCompletions1,
)
from .routerchatcompletions2routerchatcompletions2 import (
    RouterChatCompletions2RouterChatCompletions2,
)

__all__ = [
    "RouterChatCompletionsContentRouterChatCompletions2",
    "decode_router_chat_completions_content_router_chat_completions2",
    "encode_router_chat_completions_content_router_chat_completions2",
]


RouterChatCompletionsContentRouterChatCompletions2 = Union[
    RouterChatCompletions2RouterChatCompletions1,
    RouterChatCompletions2RouterChatCompletions2,
]


def decode_router_chat_completions_content_router_chat_completions2(
    data: Any,
) -> RouterChatCompletionsContentRouterChatCompletions2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return RouterChatCompletions2RouterChatCompletions1.from_dict(data)
    if tag == "image_url":
        return RouterChatCompletions2RouterChatCompletions2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_router_chat_completions_content_router_chat_completions2(
    value: RouterChatCompletionsContentRouterChatCompletions2,
) -> Any:
    return value.to_dict()
