"""components models: WorkflowRunFiles"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunFiles"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunFiles(_rt.Base):
    """WorkflowRunFiles"""

    file_id: str
    file_name: str
    object_name: str
    content: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunFiles:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["file_id"]
            v1 = data["file_name"]
            v2 = data["object_name"]
            v3 = data["content"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".file_id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".file_name")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".object_name")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".content")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run_files
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.file_id = v0
        obj.file_name = v1
        obj.object_name = v2
        obj.content = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "file_id": self.file_id,
            "file_name": self.file_name,
            "object_name": self.object_name,
            "content": self.content,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_files = frozenset({"file_id", "file_name", "object_name", "content"})
