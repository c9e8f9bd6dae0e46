"""operations models: RouterChatCompletions2Detail"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES",
    "RouterChatCompletions2Detail",
    "decode_router_chat_completions2_detail",
]


RouterChatCompletions2Detail = Literal["low", "high", "auto"]
"""Specifies the detail level of the image."""


ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES = frozenset(("low", "high", "auto"))


def decode_router_chat_completions2_detail(data: Any) -> RouterChatCompletions2Detail:
    if data.__class__ is str and data in ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES)
