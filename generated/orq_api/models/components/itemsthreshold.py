"""components models: ItemsThreshold"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .itemsoperator import ITEMS_OPERATOR_VALUES, ItemsOperator, decode_items_operator

__all__ = ["ItemsThreshold"]


@dataclass(slots=True, kw_only=True)
class ItemsThreshold(_rt.Base):
    """ItemsThreshold"""

    value: float
    operator: ItemsOperator
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ItemsThreshold:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["value"]
            v1 = data["operator"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".value")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".value")
        if v1.__class__ is not str or v1 not in ITEMS_OPERATOR_VALUES:
            raise _rt.enum_error(v1, ITEMS_OPERATOR_VALUES).at(".operator")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_items_threshold}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.value = v0
        obj.operator = v1  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "value": self.value,
            "operator": self.operator,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_items_threshold = frozenset({"value", "operator"})
