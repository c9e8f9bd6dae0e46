"""components models: ChatCompletionGatewayRequestParameters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .chatcompletiongatewayrequesttoolstype import (
    CHAT_COMPLETION_GATEWAY_REQUEST_TOOLS_TYPE_VALUES,
    ChatCompletionGatewayRequestToolsType,
    decode_chat_completion_gateway_request_tools_type,
)

__all__ = ["ChatCompletionGatewayRequestParameters"]


@dataclass(slots=True, kw_only=True)
class ChatCompletionGatewayRequestParameters(_rt.Base):
    """The parameters the functions accepts, described as a JSON Schema object"""

    type: ChatCompletionGatewayRequestToolsType
    properties: Dict[str, Any]
    required: Union[List[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ChatCompletionGatewayRequestParameters:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["properties"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in CHAT_COMPLETION_GATEWAY_REQUEST_TOOLS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, CHAT_COMPLETION_GATEWAY_REQUEST_TOOLS_TYPE_VALUES
            ).at(".type")
        try:
            v1 = _rt.d_map(v1, _rt.d_any)
        except ValidationError as e:
            raise e.at(".properties")
        except RecursionError:
            raise _rt.too_deep().at(".properties") from None
        v2 = data.get("required", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_list(v2, _rt.d_str)
            except ValidationError as e:
                raise e.at(".required")
            except RecursionError:
                raise _rt.too_deep().at(".required") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_chat_completion_gateway_request_parameters
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.properties = v1
        obj.required = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "properties": dict(self.properties),
        }
        v2 = self.required
        if v2 is not UNSET:
            out["required"] = list(v2)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_chat_completion_gateway_request_parameters = frozenset(
    {"type", "properties", "required"}
)
