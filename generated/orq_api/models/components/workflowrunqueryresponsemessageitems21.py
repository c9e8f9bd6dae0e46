"""components models: WorkflowRunQueryResponseMessageItems21"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems2evalsrole import (
    WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS_ROLE_VALUES,
    WorkflowRunQueryResponseMessageItems2EvalsRole,
    decode_workflow_run_query_response_message_items2_evals_role,
)
from .workflowrunqueryresponsemessageitems2toolcalls import (
    WorkflowRunQueryResponseMessageItems2ToolCalls,
)

__all__ = ["WorkflowRunQueryResponseMessageItems21"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseMessageItems21(_rt.Base):
    """WorkflowRunQueryResponseMessageItems21"""

    role: WorkflowRunQueryResponseMessageItems2EvalsRole
    """The role of the prompt message"""
    content: Union[Optional[str], Unset] = UNSET
    tool_calls: List[WorkflowRunQueryResponseMessageItems2ToolCalls]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseMessageItems21:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v2 = data["tool_calls"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS_ROLE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS_ROLE_VALUES
            ).at(".role")
        v1 = data.get("content", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".content")
        try:
            v2 = _rt.d_list(
                v2, WorkflowRunQueryResponseMessageItems2ToolCalls.from_dict
            )
        except ValidationError as e:
            raise e.at(".tool_calls")
        except RecursionError:
            raise _rt.too_deep().at(".tool_calls") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_message_items21
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.content = v1
        obj.tool_calls = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "tool_calls": [x0.to_dict() for x0 in self.tool_calls],
        }
        v1 = self.content
        if v1 is not UNSET:
            out["content"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_message_items21 = frozenset(
    {"role", "content", "tool_calls"}
)
