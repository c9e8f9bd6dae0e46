"""components models: Messages4"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewayrequestmessagesmessages4content import (
    ChatCompletionGatewayRequestMessagesMessages4Content,
    decode_chat_completion_gateway_request_messages_messages4_content,
    encode_chat_completion_gateway_request_messages_messages4_content,
)
from .chatcompletiongatewayrequestmessagesmessages4role import (
    CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES,
    ChatCompletionGatewayRequestMessagesMessages4Role,
    decode_chat_completion_gateway_request_messages_messages4_role,
)

__all__ = ["Messages4"]


@dataclass(slots=True, kw_only=True)
class Messages4(_rt.Base):
    """Messages4"""

    role: ChatCompletionGatewayRequestMessagesMessages4Role
    """The role of the messages author, in this case **tool**."""
    tool_call_id: str
    content: ChatCompletionGatewayRequestMessagesMessages4Content
    """The contents of a particular role's message."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Messages4:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v1 = data["tool_call_id"]
            v2 = data["content"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES
        ):
            raise _rt.enum_error(
                v0, CHAT_COMPLETION_GATEWAY_REQUEST_MESSAGES_MESSAGES4_ROLE_VALUES
            ).at(".role")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".tool_call_id")
        try:
            v2 = decode_chat_completion_gateway_request_messages_messages4_content(v2)
        except ValidationError as e:
            raise e.at(".content")
        except RecursionError:
            raise _rt.too_deep().at(".content") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {k: x for k, x in data.items() if k not in _KEYS_messages4}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.tool_call_id = v1
        obj.content = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "tool_call_id": self.tool_call_id,
            "content": encode_chat_completion_gateway_request_messages_messages4_content(
                self.content
            ),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_messages4 = frozenset({"role", "tool_call_id", "content"})
