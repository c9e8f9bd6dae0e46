"""operations models: RouterChatCompletionsContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions21 import RouterChatCompletions21
from .routerchatcompletions22 import RouterChatCompletions22

__all__ = [
    "RouterChatCompletionsContent2",
    "decode_router_chat_completions_content2",
    "encode_router_chat_completions_content2",
]


RouterChatCompletionsContent2 = Union[RouterChatCompletions21, RouterChatCompletions22]


def decode_router_chat_completions_content2(data: Any) -> RouterChatCompletionsContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return RouterChatCompletions21.from_dict(data)
    if tag == "image_url":
        return RouterChatCompletions22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_router_chat_completions_content2(
    value: RouterChatCompletionsContent2,
) -> Any:
    return value.to_dict()
