"""operations models: RouterChatCompletions2RouterChatCompletionsRequest2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions2routerchatcompletionsrequestimageurl import (
    RouterChatCompletions2RouterChatCompletionsRequestImageUrl,
)
from .routerchatcompletions2routerchatcompletionsrequestrequestbodymessages4type import (
    ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES4_TYPE_VALUES,
    RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessages4Type,
    decode_router_chat_completions2_router_chat_completions_request_request_body_messages4_type,
)

__all__ = ["RouterChatCompletions2RouterChatCompletionsRequest2"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletions2RouterChatCompletionsRequest2(_rt.Base):
    """RouterChatCompletions2RouterChatCompletionsRequest2"""

    type: RouterChatCompletions2RouterChatCompletionsRequestRequestBodyMessages4Type
    image_url: RouterChatCompletions2RouterChatCompletionsRequestImageUrl
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any
    ) -> RouterChatCompletions2RouterChatCompletionsRequest2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["image_url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES4_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0,
                ROUTER_CHAT_COMPLETIONS2_ROUTER_CHAT_COMPLETIONS_REQUEST_REQUEST_BODY_MESSAGES4_TYPE_VALUES,
            ).at(".type")
        try:
            v1 = RouterChatCompletions2RouterChatCompletionsRequestImageUrl.from_dict(
                v1
            )
        except ValidationError as e:
            raise e.at(".image_url")
        except RecursionError:
            raise _rt.too_deep().at(".image_url") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_router_chat_completions2_router_chat_completions_request2
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.image_url = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "image_url": self.image_url.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions2_router_chat_completions_request2 = frozenset(
    {"type", "image_url"}
)
