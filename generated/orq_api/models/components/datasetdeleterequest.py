"""components models: DatasetDeleteRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DatasetDeleteRequest"]


@dataclass(slots=True, kw_only=True)
class DatasetDeleteRequest(_rt.Base):
    """DatasetDeleteRequest"""

    dataset_id: str
    """Dataset ID"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetDeleteRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["dataset_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".dataset_id")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_dataset_delete_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.dataset_id = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "dataset_id": self.dataset_id,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_delete_request = frozenset({"dataset_id"})
