"""operations models: DeploymentsResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentsdata import DeploymentsData
from .deploymentsobject import (
    DEPLOYMENTS_OBJECT_VALUES,
    DeploymentsObject,
    decode_deployments_object,
)

__all__ = ["DeploymentsResponseBody"]


@dataclass(slots=True, kw_only=True)
class DeploymentsResponseBody(_rt.Base):
    """List of deployments"""

    object: DeploymentsObject
    data: List[DeploymentsData]
    has_more: bool
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentsResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["object"]
            v1 = data["data"]
            v2 = data["has_more"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in DEPLOYMENTS_OBJECT_VALUES:
            raise _rt.enum_error(v0, DEPLOYMENTS_OBJECT_VALUES).at(".object")
        try:
            v1 = _rt.d_list(v1, DeploymentsData.from_dict)
        except ValidationError as e:
            raise e.at(".data")
        except RecursionError:
            raise _rt.too_deep().at(".data") from None
        if type(v2) is not bool:
            raise _rt.type_error("bool", v2).at(".has_more")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployments_response_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.object = v0  # type: ignore[assignment]
        obj.data = v1
        obj.has_more = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "object": self.object,
            "data": [x0.to_dict() for x0 in self.data],
            "has_more": self.has_more,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployments_response_body = frozenset({"object", "data", "has_more"})
