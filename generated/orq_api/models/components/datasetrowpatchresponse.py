"""components models: DatasetRowPatchResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpatchresponsemessages import DatasetRowPatchResponseMessages

__all__ = ["DatasetRowPatchResponse"]


@dataclass(slots=True, kw_only=True)
class DatasetRowPatchResponse(_rt.Base):
    """DatasetRowPatchResponse"""

    messages: List[DatasetRowPatchResponseMessages]
    """Input message(s) of the dataset row"""
    expected_output: Union[Optional[str], Unset] = UNSET
    """Reference of the dataset row"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetRowPatchResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = _rt.d_list(v0, DatasetRowPatchResponseMessages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        v1 = data.get("expected_output", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".expected_output")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_dataset_row_patch_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.messages = v0
        obj.expected_output = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "messages": [x0.to_dict() for x0 in self.messages],
        }
        v1 = self.expected_output
        if v1 is not UNSET:
            out["expected_output"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_row_patch_response = frozenset({"messages", "expected_output"})
