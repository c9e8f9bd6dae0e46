"""operations models: RouterChatCompletionsResponseBodyToolCalls"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletionsresponsebodyfunction import (
    RouterChatCompletionsResponseBodyFunction,
)
from .routerchatcompletionsresponsebodytype import (
    ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_TYPE_VALUES,
    RouterChatCompletionsResponseBodyType,
    decode_router_chat_completions_response_body_type,
)

__all__ = ["RouterChatCompletionsResponseBodyToolCalls"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletionsResponseBodyToolCalls(_rt.Base):
    """RouterChatCompletionsResponseBodyToolCalls"""

    id: str
    type: RouterChatCompletionsResponseBodyType
    function: RouterChatCompletionsResponseBodyFunction
    """The function that the model called."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterChatCompletionsResponseBodyToolCalls:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["type"]
            v2 = data["function"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if (
            v1.__class__ is not str
            or v1 not in ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v1, ROUTER_CHAT_COMPLETIONS_RESPONSE_BODY_TYPE_VALUES
            ).at(".type")
        try:
            v2 = RouterChatCompletionsResponseBodyFunction.from_dict(v2)
        except ValidationError as e:
            raise e.at(".function")
        except RecursionError:
            raise _rt.too_deep().at(".function") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_chat_completions_response_body_tool_calls
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.type = v1  # type: ignore[assignment]
        obj.function = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "function": self.function.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions_response_body_tool_calls = frozenset(
    {"id", "type", "function"}
)
