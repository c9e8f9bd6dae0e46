"""components models: ApiVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ApiVersion"]


@dataclass(slots=True, kw_only=True)
class ApiVersion(_rt.Base):
    """ApiVersion"""

    version: str
    is_deprecated: Union[bool, Unset] = UNSET
    is_experimental: Union[bool, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ApiVersion:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["version"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".version")
        v1 = data.get("is_deprecated", UNSET)
        if v1 is not UNSET:
            if type(v1) is not bool:
                raise _rt.type_error("bool", v1).at(".is_deprecated")
        v2 = data.get("is_experimental", UNSET)
        if v2 is not UNSET:
            if type(v2) is not bool:
                raise _rt.type_error("bool", v2).at(".is_experimental")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET) + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_api_version}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.version = v0
        obj.is_deprecated = v1
        obj.is_experimental = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "version": self.version,
        }
        v1 = self.is_deprecated
        if v1 is not UNSET:
            out["is_deprecated"] = v1
        v2 = self.is_experimental
        if v2 is not UNSET:
            out["is_experimental"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_api_version = frozenset({"version", "is_deprecated", "is_experimental"})
