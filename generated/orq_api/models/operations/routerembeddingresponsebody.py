"""operations models: RouterEmbeddingResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerembeddingdata import RouterEmbeddingData
from .routerembeddingobject import (
    ROUTER_EMBEDDING_OBJECT_VALUES,
    RouterEmbeddingObject,
    decode_router_embedding_object,
)
from .routerembeddingusage import RouterEmbeddingUsage

__all__ = ["RouterEmbeddingResponseBody"]


@dataclass(slots=True, kw_only=True)
class RouterEmbeddingResponseBody(_rt.Base):
    """Embeddings created"""

    object: RouterEmbeddingObject
    data: List[RouterEmbeddingData]
    model: str
    """ID of the model to use"""
    usage: RouterEmbeddingUsage
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterEmbeddingResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["object"]
            v1 = data["data"]
            v2 = data["model"]
            v3 = data["usage"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in ROUTER_EMBEDDING_OBJECT_VALUES:
            raise _rt.enum_error(v0, ROUTER_EMBEDDING_OBJECT_VALUES).at(".object")
        try:
            v1 = _rt.d_list(v1, RouterEmbeddingData.from_dict)
        except ValidationError as e:
            raise e.at(".data")
        except RecursionError:
            raise _rt.too_deep().at(".data") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".model")
        try:
            v3 = RouterEmbeddingUsage.from_dict(v3)
        except ValidationError as e:
            raise e.at(".usage")
        except RecursionError:
            raise _rt.too_deep().at(".usage") from None
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_embedding_response_body
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


_KEYS_router_embedding_response_body = frozenset({"object", "data", "model", "usage"})
