"""components models: ChatCompletionGatewaySuccessResponse1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewaysuccessresponsechoices import (
    ChatCompletionGatewaySuccessResponseChoices,
)
from .chatcompletiongatewaysuccessresponseusage import (
    ChatCompletionGatewaySuccessResponseUsage,
)

__all__ = ["ChatCompletionGatewaySuccessResponse1"]


@dataclass(slots=True, kw_only=True)
class ChatCompletionGatewaySuccessResponse1(_rt.Base):
    """Represents a chat completion response returned by model, based on the provided input."""

    id: str
    """A unique identifier for the chat completion."""
    choices: List[ChatCompletionGatewaySuccessResponseChoices]
    """A list of chat completion choices. Can be more than one if n is greater than 1."""
    created: float
    """The Unix timestamp (in seconds) of when the chat completion was created."""
    model: str
    """The model used for the chat completion."""
    system_fingerprint: str
    """This fingerprint represents the backend configuration that the model runs with."""
    object: str
    """The object type"""
    usage: ChatCompletionGatewaySuccessResponseUsage
    """Usage statistics for the completion request."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ChatCompletionGatewaySuccessResponse1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["choices"]
            v2 = data["created"]
            v3 = data["model"]
            v4 = data["system_fingerprint"]
            v5 = data["object"]
            v6 = data["usage"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        try:
            v1 = _rt.d_list(v1, ChatCompletionGatewaySuccessResponseChoices.from_dict)
        except ValidationError as e:
            raise e.at(".choices")
        except RecursionError:
            raise _rt.too_deep().at(".choices") from None
        if type(v2) is not float:
            if type(v2) is not int:
                raise _rt.type_error("float", v2).at(".created")
        elif v2 - v2 != 0.0:
            raise _rt.not_finite(v2).at(".created")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".model")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".system_fingerprint")
        if type(v5) is not str:
            raise _rt.type_error("str", v5).at(".object")
        try:
            v6 = ChatCompletionGatewaySuccessResponseUsage.from_dict(v6)
        except ValidationError as e:
            raise e.at(".usage")
        except RecursionError:
            raise _rt.too_deep().at(".usage") from None
        extras: Dict[str, Any] = {}
        if len(data) != 7:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_chat_completion_gateway_success_response1
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.choices = v1
        obj.created = v2
        obj.model = v3
        obj.system_fingerprint = v4
        obj.object = v5
        obj.usage = v6
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "choices": [x0.to_dict() for x0 in self.choices],
            "created": self.created,
            "model": self.model,
            "system_fingerprint": self.system_fingerprint,
            "object": self.object,
            "usage": self.usage.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_chat_completion_gateway_success_response1 = frozenset(
    {"id", "choices", "created", "model", "system_fingerprint", "object", "usage"}
)
