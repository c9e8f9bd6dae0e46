"""components models: DeploymentGetConfigResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentgetconfigresponsemessages import DeploymentGetConfigResponseMessages
from .deploymentgetconfigresponsetype import (
    DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES,
    DeploymentGetConfigResponseType,
    decode_deployment_get_config_response_type,
)
from .parameters import Parameters
from .tools import Tools

__all__ = ["DeploymentGetConfigResponse"]


@dataclass(slots=True, kw_only=True)
class DeploymentGetConfigResponse(_rt.Base):
    """DeploymentGetConfigResponse"""

    id: str
    """A unique identifier for the response. Can be used to add metrics to the transaction."""
    provider: str
    """The provider of the model"""
    model: str
    """The model of the configuration"""
    type: Union[DeploymentGetConfigResponseType, Unset] = UNSET
    """The type of the model. Current `chat`,`completion` and `image` are supported"""
    version: str
    """The current version of the deployment"""
    messages: List[DeploymentGetConfigResponseMessages]
    parameters: Parameters
    """Model Parameters: Not all parameters apply to every model"""
    tools: Union[List[Tools], Unset] = UNSET
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentGetConfigResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["provider"]
            v2 = data["model"]
            v4 = data["version"]
            v5 = data["messages"]
            v6 = data["parameters"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".provider")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".model")
        v3 = data.get("type", UNSET)
        if v3 is not UNSET:
            if (
                v3.__class__ is not str
                or v3 not in DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES
            ):
                raise _rt.enum_error(v3, DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES).at(
                    ".type"
                )
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".version")
        try:
            v5 = _rt.d_list(v5, DeploymentGetConfigResponseMessages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        try:
            v6 = Parameters.from_dict(v6)
        except ValidationError as e:
            raise e.at(".parameters")
        except RecursionError:
            raise _rt.too_deep().at(".parameters") from None
        v7 = data.get("tools", UNSET)
        if v7 is not UNSET:
            try:
                v7 = _rt.d_list(v7, Tools.from_dict)
            except ValidationError as e:
                raise e.at(".tools")
            except RecursionError:
                raise _rt.too_deep().at(".tools") from None
        extras: Dict[str, Any] = {}
        if len(data) != 6 + (v3 is not UNSET) + (v7 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_get_config_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.provider = v1
        obj.model = v2
        obj.type = v3
        obj.version = v4
        obj.messages = v5
        obj.parameters = v6
        obj.tools = v7
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "provider": self.provider,
            "model": self.model,
            "version": self.version,
            "messages": [x0.to_dict() for x0 in self.messages],
            "parameters": self.parameters.to_dict(),
        }
        v3 = self.type
        if v3 is not UNSET:
            out["type"] = v3
        v7 = self.tools
        if v7 is not UNSET:
            out["tools"] = [x0.to_dict() for x0 in v7]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_get_config_response = frozenset(
    {"id", "provider", "model", "type", "version", "messages", "parameters", "tools"}
)
