"""components models: HonoApiError"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["HonoApiError"]


@dataclass(slots=True, kw_only=True)
class HonoApiError(_rt.Base):
    """HonoApiError"""

    code: Union[str, Unset] = UNSET
    """HTTP status code"""
    message: str
    """Error message"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> HonoApiError:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["message"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("code", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".code")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".message")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v0 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_hono_api_error}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.code = v0
        obj.message = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "message": self.message,
        }
        v0 = self.code
        if v0 is not UNSET:
            out["code"] = v0
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_hono_api_error = frozenset({"code", "message"})
