"""operations models: RouterChatCompletionsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS_TYPE_VALUES",
    "RouterChatCompletionsType",
    "decode_router_chat_completions_type",
]


RouterChatCompletionsType = Literal["function"]
"""The type of the tool. Currently, only function is supported."""


ROUTER_CHAT_COMPLETIONS_TYPE_VALUES = frozenset(("function",))


def decode_router_chat_completions_type(data: Any) -> RouterChatCompletionsType:
    if data.__class__ is str and data in ROUTER_CHAT_COMPLETIONS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_CHAT_COMPLETIONS_TYPE_VALUES)
