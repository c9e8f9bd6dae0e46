"""components models: UpdatedBy"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["UpdatedBy"]


@dataclass(slots=True, kw_only=True)
class UpdatedBy(_rt.Base):
    """User model returned from the API"""

    id: str
    email: str
    """Email of the user"""
    display_name: str
    """Display name of the user"""
    logo_url: Optional[str]
    """URL of the user logo"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatedBy:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["email"]
            v2 = data["display_name"]
            v3 = data["logo_url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".email")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".display_name")
        if v3 is not None:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".logo_url")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {k: x for k, x in data.items() if k not in _KEYS_updated_by}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.email = v1
        obj.display_name = v2
        obj.logo_url = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "email": self.email,
            "display_name": self.display_name,
            "logo_url": self.logo_url,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_updated_by = frozenset({"id", "email", "display_name", "logo_url"})
