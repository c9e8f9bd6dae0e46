"""components models: WorkflowRunMessage11"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage1role import (
    WORKFLOW_RUN_MESSAGE1_ROLE_VALUES,
    WorkflowRunMessage1Role,
    decode_workflow_run_message1_role,
)
from .workflowrunmessage1toolcalls import WorkflowRunMessage1ToolCalls

__all__ = ["WorkflowRunMessage11"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunMessage11(_rt.Base):
    """WorkflowRunMessage11"""

    role: WorkflowRunMessage1Role
    """The role of the prompt message"""
    content: Union[Optional[str], Unset] = UNSET
    tool_calls: List[WorkflowRunMessage1ToolCalls]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunMessage11:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v2 = data["tool_calls"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in WORKFLOW_RUN_MESSAGE1_ROLE_VALUES:
            raise _rt.enum_error(v0, WORKFLOW_RUN_MESSAGE1_ROLE_VALUES).at(".role")
        v1 = data.get("content", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".content")
        try:
            v2 = _rt.d_list(v2, WorkflowRunMessage1ToolCalls.from_dict)
        except ValidationError as e:
            raise e.at(".tool_calls")
        except RecursionError:
            raise _rt.too_deep().at(".tool_calls") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v1 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run_message11
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


_KEYS_workflow_run_message11 = frozenset({"role", "content", "tool_calls"})
