"""components models: FiltersValue"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .criteria import Criteria
from .mode import MODE_VALUES, Mode, decode_mode

__all__ = ["FiltersValue"]


@dataclass(slots=True, kw_only=True)
class FiltersValue(_rt.Base):
    """FiltersValue"""

    criteria: Optional[Criteria]
    mode: Mode
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> FiltersValue:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["criteria"]
            v1 = data["mode"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0 is not None:
            try:
                v0 = Criteria.from_dict(v0)
            except ValidationError as e:
                raise e.at(".criteria")
            except RecursionError:
                raise _rt.too_deep().at(".criteria") from None
        if v1.__class__ is not str or v1 not in MODE_VALUES:
            raise _rt.enum_error(v1, MODE_VALUES).at(".mode")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_filters_value}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.criteria = v0
        obj.mode = v1  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "criteria": (None if self.criteria is None else self.criteria.to_dict()),
            "mode": self.mode,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_filters_value = frozenset({"criteria", "mode"})
