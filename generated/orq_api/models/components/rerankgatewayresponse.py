"""components models: RerankGatewayResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .meta import Meta
from .results import Results

__all__ = ["RerankGatewayResponse"]


@dataclass(slots=True, kw_only=True)
class RerankGatewayResponse(_rt.Base):
    """RerankGatewayResponse"""

    id: Union[str, Unset] = UNSET
    """A unique identifier for the rerank."""
    results: List[Results]
    """An ordered list of ranked documents"""
    meta: Union[Meta, Unset] = UNSET
    """Some information about the response"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RerankGatewayResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["results"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("id", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".id")
        try:
            v1 = _rt.d_list(v1, Results.from_dict)
        except ValidationError as e:
            raise e.at(".results")
        except RecursionError:
            raise _rt.too_deep().at(".results") from None
        v2 = data.get("meta", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Meta.from_dict(v2)
            except ValidationError as e:
                raise e.at(".meta")
            except RecursionError:
                raise _rt.too_deep().at(".meta") from None
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v0 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_rerank_gateway_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.results = v1
        obj.meta = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "results": [x0.to_dict() for x0 in self.results],
        }
        v0 = self.id
        if v0 is not UNSET:
            out["id"] = v0
        v2 = self.meta
        if v2 is not UNSET:
            out["meta"] = v2.to_dict()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_rerank_gateway_response = frozenset({"id", "results", "meta"})
