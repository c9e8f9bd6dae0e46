"""components models: WorkflowRunQueryResponseItemsOutputEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseitemseval import WorkflowRunQueryResponseItemsEval

__all__ = ["WorkflowRunQueryResponseItemsOutputEvals"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseItemsOutputEvals(_rt.Base):
    """WorkflowRunQueryResponseItemsOutputEvals"""

    id: Union[str, Unset] = UNSET
    """The id of the resource"""
    eval: WorkflowRunQueryResponseItemsEval
    sample_rate: float
    is_enabled: Union[bool, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseItemsOutputEvals:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["eval"]
            v2 = data["sample_rate"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("id", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".id")
        try:
            v1 = WorkflowRunQueryResponseItemsEval.from_dict(v1)
        except ValidationError as e:
            raise e.at(".eval")
        except RecursionError:
            raise _rt.too_deep().at(".eval") from None
        if type(v2) is not float:
            if type(v2) is not int:
                raise _rt.type_error("float", v2).at(".sample_rate")
        elif v2 - v2 != 0.0:
            raise _rt.not_finite(v2).at(".sample_rate")
        v3 = data.get("is_enabled", UNSET)
        if v3 is not UNSET:
            if type(v3) is not bool:
                raise _rt.type_error("bool", v3).at(".is_enabled")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v0 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_items_output_evals
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.eval = v1
        obj.sample_rate = v2
        obj.is_enabled = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "eval": self.eval.to_dict(),
            "sample_rate": self.sample_rate,
        }
        v0 = self.id
        if v0 is not UNSET:
            out["id"] = v0
        v3 = self.is_enabled
        if v3 is not UNSET:
            out["is_enabled"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_items_output_evals = frozenset(
    {"id", "eval", "sample_rate", "is_enabled"}
)
