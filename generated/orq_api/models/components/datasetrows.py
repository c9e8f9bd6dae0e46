"""components models: DatasetRows"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostbulkrequestmessages import DatasetRowPostBulkRequestMessages

__all__ = ["DatasetRows"]


@dataclass(slots=True, kw_only=True)
class DatasetRows(_rt.Base):
    """Expected dataset row model when talking to the API."""

    id: str
    """The id of the resource"""
    messages: List[DatasetRowPostBulkRequestMessages]
    """Input message(s) of the dataset row"""
    expected_output: Union[Optional[str], Unset] = UNSET
    """Reference of the dataset row"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetRows:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        try:
            v1 = _rt.d_list(v1, DatasetRowPostBulkRequestMessages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        v2 = data.get("expected_output", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".expected_output")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_dataset_rows}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.messages = v1
        obj.expected_output = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "messages": [x0.to_dict() for x0 in self.messages],
        }
        v2 = self.expected_output
        if v2 is not UNSET:
            out["expected_output"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_rows = frozenset({"id", "messages", "expected_output"})
