"""components models: WorkflowRunQueryResponseEvalsItemsChoices"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitemsmessage import (
    WorkflowRunQueryResponseEvalsItemsMessage,
    decode_workflow_run_query_response_evals_items_message,
    encode_workflow_run_query_response_evals_items_message,
)

__all__ = ["WorkflowRunQueryResponseEvalsItemsChoices"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItemsChoices(_rt.Base):
    """WorkflowRunQueryResponseEvalsItemsChoices"""

    index: float
    message: Union[WorkflowRunQueryResponseEvalsItemsMessage, Unset] = UNSET
    finish_reason: Union[Optional[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItemsChoices:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["index"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".index")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".index")
        v1 = data.get("message", UNSET)
        if v1 is not UNSET:
            try:
                v1 = decode_workflow_run_query_response_evals_items_message(v1)
            except ValidationError as e:
                raise e.at(".message")
            except RecursionError:
                raise _rt.too_deep().at(".message") from None
        v2 = data.get("finish_reason", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".finish_reason")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_items_choices
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.index = v0
        obj.message = v1
        obj.finish_reason = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "index": self.index,
        }
        v1 = self.message
        if v1 is not UNSET:
            out["message"] = encode_workflow_run_query_response_evals_items_message(v1)
        v2 = self.finish_reason
        if v2 is not UNSET:
            out["finish_reason"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items_choices = frozenset(
    {"index", "message", "finish_reason"}
)
