"""components models: Deployment"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .data import Data
from .producttype import PRODUCT_TYPE_VALUES, ProductType, decode_product_type
from .relatedentities import (
    RelatedEntities,
    decode_related_entities,
    encode_related_entities,
)

__all__ = ["Deployment"]


@dataclass(slots=True, kw_only=True)
class Deployment(_rt.Base):
    """Deployment"""

    product_type: ProductType
    related_entities: List[RelatedEntities]
    data: Data
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Deployment:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["product_type"]
            v1 = data["related_entities"]
            v2 = data["data"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in PRODUCT_TYPE_VALUES:
            raise _rt.enum_error(v0, PRODUCT_TYPE_VALUES).at(".product_type")
        try:
            v1 = _rt.d_list(v1, decode_related_entities)
        except ValidationError as e:
            raise e.at(".related_entities")
        except RecursionError:
            raise _rt.too_deep().at(".related_entities") from None
        try:
            v2 = Data.from_dict(v2)
        except ValidationError as e:
            raise e.at(".data")
        except RecursionError:
            raise _rt.too_deep().at(".data") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {k: x for k, x in data.items() if k not in _KEYS_deployment}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.product_type = v0  # type: ignore[assignment]
        obj.related_entities = v1
        obj.data = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "product_type": self.product_type,
            "related_entities": [
                encode_related_entities(x0) for x0 in self.related_entities
            ],
            "data": self.data.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment = frozenset({"product_type", "related_entities", "data"})
