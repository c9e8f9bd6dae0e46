"""components models: WorkflowRunEvalsPromptSnippets"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunEvalsPromptSnippets"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunEvalsPromptSnippets(_rt.Base):
    """WorkflowRunEvalsPromptSnippets"""

    id: str
    """The id of the resource"""
    key: str
    value: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunEvalsPromptSnippets:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
            v1 = data["key"]
            v2 = data["value"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".key")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".value")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_evals_prompt_snippets
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.key = v1
        obj.value = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
            "key": self.key,
            "value": self.value,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_evals_prompt_snippets = frozenset({"_id", "key", "value"})
