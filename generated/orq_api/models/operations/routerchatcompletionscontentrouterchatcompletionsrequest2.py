"""operations models: RouterChatCompletionsContentRouterChatCompletionsRequest2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions2routerchatcompletionsrequest1 import (
    RouterChatCompletions2RouterChatCompletionsRequest1,
)
from .routerchatcompletions2routerchatcompletionsrequest2 import (
    RouterChatCompletions2RouterChatCompletionsRequest2,
)

__all__ = [
    "RouterChatCompletionsContentRouterChatCompletionsRequest2",
    "decode_router_chat_completions_content_router_chat_completions_request2",
    "encode_router_chat_completions_content_router_chat_completions_request2",
]


RouterChatCompletionsContentRouterChatCompletionsRequest2 = Union[
    RouterChatCompletions2RouterChatCompletionsRequest1,
    RouterChatCompletions2RouterChatCompletionsRequest2,
]


def decode_router_chat_completions_content_router_chat_completions_request2(
    data: Any,
) -> RouterChatCompletionsContentRouterChatCompletionsRequest2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return RouterChatCompletions2RouterChatCompletionsRequest1.from_dict(data)
    if tag == "image_url":
        return RouterChatCompletions2RouterChatCompletionsRequest2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_router_chat_completions_content_router_chat_completions_request2(
    value: RouterChatCompletionsContentRouterChatCompletionsRequest2,
) -> Any:
    return value.to_dict()
