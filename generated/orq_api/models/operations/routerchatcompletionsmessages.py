"""operations models: RouterChatCompletionsMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .four import Four
from .messages1 import Messages1
from .messages2 import Messages2
from .messages3 import Messages3

__all__ = [
    "RouterChatCompletionsMessages",
    "decode_router_chat_completions_messages",
    "encode_router_chat_completions_messages",
]


RouterChatCompletionsMessages = Union[Messages1, Messages2, Messages3, Four]


def decode_router_chat_completions_messages(data: Any) -> RouterChatCompletionsMessages:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("role")
    if tag == "system":
        return Messages1.from_dict(data)
    if tag == "user":
        return Messages2.from_dict(data)
    if tag == "assistant":
        return Messages3.from_dict(data)
    if tag == "tool":
        return Four.from_dict(data)
    if tag is None and "role" not in data:
        raise _rt.missing("role")
    raise _rt.enum_error(tag, ("system", "user", "assistant", "tool")).at(
        _rt.key_segment("role")
    )


def encode_router_chat_completions_messages(
    value: RouterChatCompletionsMessages,
) -> Any:
    return value.to_dict()
