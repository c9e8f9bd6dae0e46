"""components models: Pagination"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Pagination"]


@dataclass(slots=True, kw_only=True)
class Pagination(_rt.Base):
    """Pagination"""

    page: Union[float, Unset] = UNSET
    limit: float
    last_id: Union[Optional[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Pagination:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["limit"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("page", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".page")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".page")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".limit")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".limit")
        v2 = data.get("lastId", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".lastId")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v0 is not UNSET) + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_pagination}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.page = v0
        obj.limit = v1
        obj.last_id = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "limit": self.limit,
        }
        v0 = self.page
        if v0 is not UNSET:
            out["page"] = v0
        v2 = self.last_id
        if v2 is not UNSET:
            out["lastId"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_pagination = frozenset({"page", "limit", "lastId"})
