"""components models: SortingProps"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .direction import DIRECTION_VALUES, Direction, decode_direction

__all__ = ["SortingProps"]


@dataclass(slots=True, kw_only=True)
class SortingProps(_rt.Base):
    """SortingProps"""

    key: str
    """The path to sort by"""
    direction: Union[Direction, Unset] = UNSET
    """The direction to sort by"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> SortingProps:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["key"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".key")
        v1 = data.get("direction", UNSET)
        if v1 is not UNSET:
            if v1.__class__ is not str or v1 not in DIRECTION_VALUES:
                raise _rt.enum_error(v1, DIRECTION_VALUES).at(".direction")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_sorting_props}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.key = v0
        obj.direction = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "key": self.key,
        }
        v1 = self.direction
        if v1 is not UNSET:
            out["direction"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_sorting_props = frozenset({"key", "direction"})
