"""components models: WorkflowRunQueryResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseitems import (
    WorkflowRunQueryResponseItems,
    decode_workflow_run_query_response_items,
    encode_workflow_run_query_response_items,
)

__all__ = ["WorkflowRunQueryResponse"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponse(_rt.Base):
    """WorkflowRunQueryResponse"""

    count: float
    """Total number of items"""
    items: List[WorkflowRunQueryResponseItems]
    """List of items"""
    next_last_id: Union[Optional[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["count"]
            v1 = data["items"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".count")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".count")
        try:
            v1 = _rt.d_list(v1, decode_workflow_run_query_response_items)
        except ValidationError as e:
            raise e.at(".items")
        except RecursionError:
            raise _rt.too_deep().at(".items") from None
        v2 = data.get("nextLastId", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".nextLastId")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.count = v0
        obj.items = v1
        obj.next_last_id = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "count": self.count,
            "items": [
                encode_workflow_run_query_response_items(x0) for x0 in self.items
            ],
        }
        v2 = self.next_last_id
        if v2 is not UNSET:
            out["nextLastId"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response = frozenset({"count", "items", "nextLastId"})
