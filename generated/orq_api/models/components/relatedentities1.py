"""components models: RelatedEntities1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .relatedentitiestype import (
    RELATED_ENTITIES_TYPE_VALUES,
    RelatedEntitiesType,
    decode_related_entities_type,
)

__all__ = ["RelatedEntities1"]


@dataclass(slots=True, kw_only=True)
class RelatedEntities1(_rt.Base):
    """RelatedEntities1"""

    type: RelatedEntitiesType
    deployment_key: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RelatedEntities1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["deployment_key"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in RELATED_ENTITIES_TYPE_VALUES:
            raise _rt.enum_error(v0, RELATED_ENTITIES_TYPE_VALUES).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".deployment_key")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_related_entities1}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.deployment_key = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "deployment_key": self.deployment_key,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_related_entities1 = frozenset({"type", "deployment_key"})
