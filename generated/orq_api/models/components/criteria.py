"""components models: Criteria"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filtersdirection import (
    FILTERS_DIRECTION_VALUES,
    FiltersDirection,
    decode_filters_direction,
)
from .relativetime import RELATIVE_TIME_VALUES, RelativeTime, decode_relative_time
from .unit import Unit, decode_unit, encode_unit

__all__ = ["Criteria"]


@dataclass(slots=True, kw_only=True)
class Criteria(_rt.Base):
    """Criteria"""

    unit: Union[Unit, Unset] = UNSET
    count: Union[Optional[float], Unset] = UNSET
    relative_time: Union[RelativeTime, Unset] = UNSET
    custom_date: Union[Optional[str], Unset] = UNSET
    direction: Union[FiltersDirection, Unset] = UNSET
    start_date: Union[Optional[str], Unset] = UNSET
    end_date: Union[Optional[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Criteria:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("unit", UNSET)
        if v0 is not UNSET:
            try:
                v0 = decode_unit(v0)
            except ValidationError as e:
                raise e.at(".unit")
            except RecursionError:
                raise _rt.too_deep().at(".unit") from None
        v1 = data.get("count", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".count")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".count")
        v2 = data.get("relativeTime", UNSET)
        if v2 is not UNSET:
            if v2.__class__ is not str or v2 not in RELATIVE_TIME_VALUES:
                raise _rt.enum_error(v2, RELATIVE_TIME_VALUES).at(".relativeTime")
        v3 = data.get("customDate", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".customDate")
        v4 = data.get("direction", UNSET)
        if v4 is not UNSET:
            if v4.__class__ is not str or v4 not in FILTERS_DIRECTION_VALUES:
                raise _rt.enum_error(v4, FILTERS_DIRECTION_VALUES).at(".direction")
        v5 = data.get("startDate", UNSET)
        if v5 is not UNSET and v5 is not None:
            if type(v5) is not str:
                raise _rt.type_error("str", v5).at(".startDate")
        v6 = data.get("endDate", UNSET)
        if v6 is not UNSET and v6 is not None:
            if type(v6) is not str:
                raise _rt.type_error("str", v6).at(".endDate")
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_criteria}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.unit = v0
        obj.count = v1
        obj.relative_time = v2
        obj.custom_date = v3
        obj.direction = v4
        obj.start_date = v5
        obj.end_date = v6
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.unit
        if v0 is not UNSET:
            out["unit"] = encode_unit(v0)
        v1 = self.count
        if v1 is not UNSET:
            out["count"] = v1
        v2 = self.relative_time
        if v2 is not UNSET:
            out["relativeTime"] = v2
        v3 = self.custom_date
        if v3 is not UNSET:
            out["customDate"] = v3
        v4 = self.direction
        if v4 is not UNSET:
            out["direction"] = v4
        v5 = self.start_date
        if v5 is not UNSET:
            out["startDate"] = v5
        v6 = self.end_date
        if v6 is not UNSET:
            out["endDate"] = v6
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_criteria = frozenset(
    {"unit", "count", "relativeTime", "customDate", "direction", "startDate", "endDate"}
)
