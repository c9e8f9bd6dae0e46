"""components models: WorkflowRunEvalsMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevalscontent import (
    WorkflowRunEvalsContent,
    decode_workflow_run_evals_content,
    encode_workflow_run_evals_content,
)
from .workflowrunevalsrole import (
    WORKFLOW_RUN_EVALS_ROLE_VALUES,
    WorkflowRunEvalsRole,
    decode_workflow_run_evals_role,
)
from .workflowrunevalstoolcalls import WorkflowRunEvalsToolCalls

__all__ = ["WorkflowRunEvalsMessages"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunEvalsMessages(_rt.Base):
    """WorkflowRunEvalsMessages"""

    role: WorkflowRunEvalsRole
    """The role of the prompt message"""
    content: WorkflowRunEvalsContent
    """The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""
    tool_calls: Union[List[WorkflowRunEvalsToolCalls], Unset] = UNSET
    id: Union[str, Unset] = UNSET
    """The id of the resource"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunEvalsMessages:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v1 = data["content"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in WORKFLOW_RUN_EVALS_ROLE_VALUES:
            raise _rt.enum_error(v0, WORKFLOW_RUN_EVALS_ROLE_VALUES).at(".role")
        try:
            v1 = decode_workflow_run_evals_content(v1)
        except ValidationError as e:
            raise e.at(".content")
        except RecursionError:
            raise _rt.too_deep().at(".content") from None
        v2 = data.get("tool_calls", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_list(v2, WorkflowRunEvalsToolCalls.from_dict)
            except ValidationError as e:
                raise e.at(".tool_calls")
            except RecursionError:
                raise _rt.too_deep().at(".tool_calls") from None
        v3 = data.get("id", UNSET)
        if v3 is not UNSET:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".id")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_evals_messages
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.content = v1
        obj.tool_calls = v2
        obj.id = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "content": encode_workflow_run_evals_content(self.content),
        }
        v2 = self.tool_calls
        if v2 is not UNSET:
            out["tool_calls"] = [x0.to_dict() for x0 in v2]
        v3 = self.id
        if v3 is not UNSET:
            out["id"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_evals_messages = frozenset({"role", "content", "tool_calls", "id"})
