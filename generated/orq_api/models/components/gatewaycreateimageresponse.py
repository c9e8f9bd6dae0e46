"""components models: GatewayCreateImageResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["GatewayCreateImageResponse"]


@dataclass(slots=True, kw_only=True)
class GatewayCreateImageResponse(_rt.Base):
    """GatewayCreateImageResponse"""

    id: str
    """The unique identifier of the created image"""
    created: float
    model: str
    """The model used for the image creation."""
    object: str
    """The object type"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GatewayCreateImageResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["created"]
            v2 = data["model"]
            v3 = data["object"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".created")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".created")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".model")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".object")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_gateway_create_image_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.created = v1
        obj.model = v2
        obj.object = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "created": self.created,
            "model": self.model,
            "object": self.object,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_gateway_create_image_response = frozenset({"id", "created", "model", "object"})
