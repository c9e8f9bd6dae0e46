"""components models: Errors"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Errors"]


@dataclass(slots=True, kw_only=True)
class Errors(_rt.Base):
    """Errors"""

    code: float
    message: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Errors:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["code"]
            v1 = data["message"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".code")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".code")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".message")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_errors}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.code = v0
        obj.message = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "code": self.code,
            "message": self.message,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_errors = frozenset({"code", "message"})
