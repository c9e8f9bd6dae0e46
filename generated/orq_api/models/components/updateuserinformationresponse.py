"""components models: UpdateUserInformationResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["UpdateUserInformationResponse"]


@dataclass(slots=True, kw_only=True)
class UpdateUserInformationResponse(_rt.Base):
    """UpdateUserInformationResponse"""

    success: bool
    """Indicate whether the contact have been added or updated."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdateUserInformationResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["success"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not bool:
            raise _rt.type_error("bool", v0).at(".success")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_update_user_information_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.success = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "success": self.success,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_update_user_information_response = frozenset({"success"})
