"""components models: WorkflowRunQueryResponseEvalsItemsBilling"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunQueryResponseEvalsItemsBilling"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItemsBilling(_rt.Base):
    """WorkflowRunQueryResponseEvalsItemsBilling"""

    total_cost: Union[Optional[float], Unset] = UNSET
    input_cost: Union[Optional[float], Unset] = UNSET
    output_cost: Union[Optional[float], Unset] = UNSET
    billable: bool
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItemsBilling:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v3 = data["billable"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("total_cost", UNSET)
        if v0 is not UNSET and v0 is not None:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".total_cost")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".total_cost")
        v1 = data.get("input_cost", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".input_cost")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".input_cost")
        v2 = data.get("output_cost", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".output_cost")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".output_cost")
        if type(v3) is not bool:
            raise _rt.type_error("bool", v3).at(".billable")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v0 is not UNSET) + (v1 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_items_billing
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.total_cost = v0
        obj.input_cost = v1
        obj.output_cost = v2
        obj.billable = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "billable": self.billable,
        }
        v0 = self.total_cost
        if v0 is not UNSET:
            out["total_cost"] = v0
        v1 = self.input_cost
        if v1 is not UNSET:
            out["input_cost"] = v1
        v2 = self.output_cost
        if v2 is not UNSET:
            out["output_cost"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items_billing = frozenset(
    {"total_cost", "input_cost", "output_cost", "billable"}
)
