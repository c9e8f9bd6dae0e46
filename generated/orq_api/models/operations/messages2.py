"""operations models: Messages2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletionsmessagescontent import (
    RouterChatCompletionsMessagesContent,
    decode_router_chat_completions_messages_content,
    encode_router_chat_completions_messages_content,
)
from .routerchatcompletionsmessagesrole import (
    ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES,
    RouterChatCompletionsMessagesRole,
    decode_router_chat_completions_messages_role,
)

__all__ = ["Messages2"]


@dataclass(slots=True, kw_only=True)
class Messages2(_rt.Base):
    """Messages2"""

    role: RouterChatCompletionsMessagesRole
    """The role of the messages author, in this case **user**."""
    name: Union[str, Unset] = UNSET
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
    content: RouterChatCompletionsMessagesContent
    """The contents of a particular role's message."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Messages2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v2 = data["content"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES
        ):
            raise _rt.enum_error(v0, ROUTER_CHAT_COMPLETIONS_MESSAGES_ROLE_VALUES).at(
                ".role"
            )
        v1 = data.get("name", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".name")
        try:
            v2 = decode_router_chat_completions_messages_content(v2)
        except ValidationError as e:
            raise e.at(".content")
        except RecursionError:
            raise _rt.too_deep().at(".content") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v1 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_messages2}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.name = v1
        obj.content = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "content": encode_router_chat_completions_messages_content(self.content),
        }
        v1 = self.name
        if v1 is not UNSET:
            out["name"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_messages2 = frozenset({"role", "name", "content"})
