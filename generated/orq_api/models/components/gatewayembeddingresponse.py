"""components models: GatewayEmbeddingResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .gatewayembeddingresponsedata import GatewayEmbeddingResponseData
from .gatewayembeddingresponseobject import (
    GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES,
    GatewayEmbeddingResponseObject,
    decode_gateway_embedding_response_object,
)
from .gatewayembeddingresponseusage import GatewayEmbeddingResponseUsage

__all__ = ["GatewayEmbeddingResponse"]


@dataclass(slots=True, kw_only=True)
class GatewayEmbeddingResponse(_rt.Base):
    """GatewayEmbeddingResponse"""

    object: GatewayEmbeddingResponseObject
    data: List[GatewayEmbeddingResponseData]
    model: str
    """ID of the model to use"""
    usage: GatewayEmbeddingResponseUsage
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GatewayEmbeddingResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["object"]
            v1 = data["data"]
            v2 = data["model"]
            v3 = data["usage"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES
        ):
            raise _rt.enum_error(v0, GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES).at(
                ".object"
            )
        try:
            v1 = _rt.d_list(v1, GatewayEmbeddingResponseData.from_dict)
        except ValidationError as e:
            raise e.at(".data")
        except RecursionError:
            raise _rt.too_deep().at(".data") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".model")
        try:
            v3 = GatewayEmbeddingResponseUsage.from_dict(v3)
        except ValidationError as e:
            raise e.at(".usage")
        except RecursionError:
            raise _rt.too_deep().at(".usage") from None
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_gateway_embedding_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.object = v0  # type: ignore[assignment]
        obj.data = v1
        obj.model = v2
        obj.usage = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "object": self.object,
            "data": [x0.to_dict() for x0 in self.data],
            "model": self.model,
            "usage": self.usage.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_gateway_embedding_response = frozenset({"object", "data", "model", "usage"})
