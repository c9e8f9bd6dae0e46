"""components models: CompletionGatewayResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .completiongatewayresponsechoices import CompletionGatewayResponseChoices
from .completiongatewayresponseusage import CompletionGatewayResponseUsage

__all__ = ["CompletionGatewayResponse"]


@dataclass(slots=True, kw_only=True)
class CompletionGatewayResponse(_rt.Base):
    """CompletionGatewayResponse"""

    id: str
    """A unique identifier for the completion."""
    choices: List[CompletionGatewayResponseChoices]
    """The list of completion choices the model generated for the input prompt."""
    created: float
    """The Unix timestamp (in seconds) of when the chat completion was created."""
    model: str
    """The model used for the chat completion."""
    system_fingerprint: str
    """This fingerprint represents the backend configuration that the model runs with."""
    object: str
    """The object type"""
    usage: CompletionGatewayResponseUsage
    """Usage statistics for the completion request."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> CompletionGatewayResponse:
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
            v1 = _rt.d_list(v1, CompletionGatewayResponseChoices.from_dict)
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
            v6 = CompletionGatewayResponseUsage.from_dict(v6)
        except ValidationError as e:
            raise e.at(".usage")
        except RecursionError:
            raise _rt.too_deep().at(".usage") from None
        extras: Dict[str, Any] = {}
        if len(data) != 7:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_completion_gateway_response
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


_KEYS_completion_gateway_response = frozenset(
    {"id", "choices", "created", "model", "system_fingerprint", "object", "usage"}
)
