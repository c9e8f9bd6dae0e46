"""components models: WorkflowRunQueryResponseEvalsItemsRougeL"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunQueryResponseEvalsItemsRougeL"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItemsRougeL(_rt.Base):
    """WorkflowRunQueryResponseEvalsItemsRougeL"""

    f1: float
    precision: float
    recall: float
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItemsRougeL:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["f1"]
            v1 = data["precision"]
            v2 = data["recall"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".f1")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".f1")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".precision")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".precision")
        if type(v2) is not float:
            if type(v2) is not int:
                raise _rt.type_error("float", v2).at(".recall")
        elif v2 - v2 != 0.0:
            raise _rt.not_finite(v2).at(".recall")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_items_rouge_l
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.f1 = v0
        obj.precision = v1
        obj.recall = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "f1": self.f1,
            "precision": self.precision,
            "recall": self.recall,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items_rouge_l = frozenset(
    {"f1", "precision", "recall"}
)
