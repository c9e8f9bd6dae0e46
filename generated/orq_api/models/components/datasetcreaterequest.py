"""components models: DatasetCreateRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DatasetCreateRequest"]


@dataclass(slots=True, kw_only=True)
class DatasetCreateRequest(_rt.Base):
    """DatasetCreateRequest"""

    display_name: str
    """Name of the dataset"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetCreateRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["display_name"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".display_name")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_dataset_create_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.display_name = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "display_name": self.display_name,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_create_request = frozenset({"display_name"})
