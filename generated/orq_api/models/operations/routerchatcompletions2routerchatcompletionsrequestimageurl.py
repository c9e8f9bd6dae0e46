"""operations models: RouterChatCompletions2RouterChatCompletionsRequestImageUrl"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletions2detail import (
    ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES,
    RouterChatCompletions2Detail,
    decode_router_chat_completions2_detail,
)

__all__ = ["RouterChatCompletions2RouterChatCompletionsRequestImageUrl"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletions2RouterChatCompletionsRequestImageUrl(_rt.Base):
    """RouterChatCompletions2RouterChatCompletionsRequestImageUrl"""

    url: str
    """Either a URL of the image or the base64 encoded image data."""
    detail: Union[RouterChatCompletions2Detail, Unset] = UNSET
    """Specifies the detail level of the image."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any
    ) -> RouterChatCompletions2RouterChatCompletionsRequestImageUrl:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".url")
        v1 = data.get("detail", UNSET)
        if v1 is not UNSET:
            if (
                v1.__class__ is not str
                or v1 not in ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES
            ):
                raise _rt.enum_error(v1, ROUTER_CHAT_COMPLETIONS2_DETAIL_VALUES).at(
                    ".detail"
                )
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_router_chat_completions2_router_chat_completions_request_image_url
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.url = v0
        obj.detail = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "url": self.url,
        }
        v1 = self.detail
        if v1 is not UNSET:
            out["detail"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions2_router_chat_completions_request_image_url = frozenset(
    {"url", "detail"}
)
