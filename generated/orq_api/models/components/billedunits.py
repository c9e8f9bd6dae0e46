"""components models: BilledUnits"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["BilledUnits"]


@dataclass(slots=True, kw_only=True)
class BilledUnits(_rt.Base):
    """BilledUnits"""

    input_tokens: Union[float, Unset] = UNSET
    """The number of billed input tokens."""
    output_tokens: Union[float, Unset] = UNSET
    """The number of billed output tokens."""
    search_units: Union[float, Unset] = UNSET
    """The number of billed search units."""
    classifications: Union[float, Unset] = UNSET
    """The number of billed classifications units."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> BilledUnits:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("input_tokens", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".input_tokens")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".input_tokens")
        v1 = data.get("output_tokens", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".output_tokens")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".output_tokens")
        v2 = data.get("search_units", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".search_units")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".search_units")
        v3 = data.get("classifications", UNSET)
        if v3 is not UNSET:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".classifications")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".classifications")
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_billed_units}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.input_tokens = v0
        obj.output_tokens = v1
        obj.search_units = v2
        obj.classifications = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.input_tokens
        if v0 is not UNSET:
            out["input_tokens"] = v0
        v1 = self.output_tokens
        if v1 is not UNSET:
            out["output_tokens"] = v1
        v2 = self.search_units
        if v2 is not UNSET:
            out["search_units"] = v2
        v3 = self.classifications
        if v3 is not UNSET:
            out["classifications"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_billed_units = frozenset(
    {"input_tokens", "output_tokens", "search_units", "classifications"}
)
