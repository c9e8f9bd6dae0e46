"""components models: DatasetUpdateRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DatasetUpdateRequest"]


@dataclass(slots=True, kw_only=True)
class DatasetUpdateRequest(_rt.Base):
    """DatasetUpdateRequest"""

    display_name: Union[str, Unset] = UNSET
    """Name of the dataset"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetUpdateRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("display_name", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".display_name")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_dataset_update_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.display_name = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.display_name
        if v0 is not UNSET:
            out["display_name"] = v0
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_update_request = frozenset({"display_name"})
