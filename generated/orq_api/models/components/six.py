"""components models: Six"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentrelatedentitiesrelatedentities6type import (
    DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES,
    DeploymentRelatedEntitiesRelatedEntities6Type,
    decode_deployment_related_entities_related_entities6_type,
)

__all__ = ["Six"]


@dataclass(slots=True, kw_only=True)
class Six(_rt.Base):
    """Define the relationship between multiple logs that are part of the same chain"""

    type: DeploymentRelatedEntitiesRelatedEntities6Type
    chain_id: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Six:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["chain_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".chain_id")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_six}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.chain_id = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "chain_id": self.chain_id,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_six = frozenset({"type", "chain_id"})
