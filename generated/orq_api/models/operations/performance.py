"""operations models: Performance"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Performance"]


@dataclass(slots=True, kw_only=True)
class Performance(_rt.Base):
    """Performance"""

    latency: float
    """Total time in milliseconds of the request to the LLM provider API."""
    time_to_first_token: Union[float, Unset] = UNSET
    """Total time in milliseconds to generate the first token of the completion."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Performance:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["latency"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".latency")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".latency")
        v1 = data.get("time_to_first_token", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".time_to_first_token")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".time_to_first_token")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_performance}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.latency = v0
        obj.time_to_first_token = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "latency": self.latency,
        }
        v1 = self.time_to_first_token
        if v1 is not UNSET:
            out["time_to_first_token"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_performance = frozenset({"latency", "time_to_first_token"})
