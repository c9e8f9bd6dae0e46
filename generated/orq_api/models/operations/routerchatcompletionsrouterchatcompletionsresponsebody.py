"""operations models: RouterChatCompletionsRouterChatCompletionsResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["RouterChatCompletionsRouterChatCompletionsResponseBody"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletionsRouterChatCompletionsResponseBody(_rt.Base):
    """A response body that follows the official OpenAI schema"""

    data: str
    event: Union[str, Unset] = UNSET
    id: Union[str, Unset] = UNSET
    retry: Union[int, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any
    ) -> RouterChatCompletionsRouterChatCompletionsResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["data"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".data")
        v1 = data.get("event", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".event")
        v2 = data.get("id", UNSET)
        if v2 is not UNSET:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".id")
        v3 = data.get("retry", UNSET)
        if v3 is not UNSET:
            if type(v3) is not int:
                v3 = _rt.d_int(v3, ".retry")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET) + (v2 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_router_chat_completions_router_chat_completions_response_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.data = v0
        obj.event = v1
        obj.id = v2
        obj.retry = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "data": self.data,
        }
        v1 = self.event
        if v1 is not UNSET:
            out["event"] = v1
        v2 = self.id
        if v2 is not UNSET:
            out["id"] = v2
        v3 = self.retry
        if v3 is not UNSET:
            out["retry"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions_router_chat_completions_response_body = frozenset(
    {"data", "event", "id", "retry"}
)
