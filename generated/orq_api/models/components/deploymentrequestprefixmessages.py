"""components models: DeploymentRequestPrefixMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentrequestcontent import (
    DeploymentRequestContent,
    decode_deployment_request_content,
    encode_deployment_request_content,
)
from .deploymentrequestrole import (
    DEPLOYMENT_REQUEST_ROLE_VALUES,
    DeploymentRequestRole,
    decode_deployment_request_role,
)
from .deploymentrequesttoolcalls import DeploymentRequestToolCalls

__all__ = ["DeploymentRequestPrefixMessages"]


@dataclass(slots=True, kw_only=True)
class DeploymentRequestPrefixMessages(_rt.Base):
    """DeploymentRequestPrefixMessages"""

    role: DeploymentRequestRole
    """The role of the prompt message"""
    content: DeploymentRequestContent
    """The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""
    tool_calls: Union[List[DeploymentRequestToolCalls], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentRequestPrefixMessages:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v1 = data["content"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in DEPLOYMENT_REQUEST_ROLE_VALUES:
            raise _rt.enum_error(v0, DEPLOYMENT_REQUEST_ROLE_VALUES).at(".role")
        try:
            v1 = decode_deployment_request_content(v1)
        except ValidationError as e:
            raise e.at(".content")
        except RecursionError:
            raise _rt.too_deep().at(".content") from None
        v2 = data.get("tool_calls", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_list(v2, DeploymentRequestToolCalls.from_dict)
            except ValidationError as e:
                raise e.at(".tool_calls")
            except RecursionError:
                raise _rt.too_deep().at(".tool_calls") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_request_prefix_messages
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.content = v1
        obj.tool_calls = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "content": encode_deployment_request_content(self.content),
        }
        v2 = self.tool_calls
        if v2 is not UNSET:
            out["tool_calls"] = [x0.to_dict() for x0 in v2]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_request_prefix_messages = frozenset({"role", "content", "tool_calls"})
