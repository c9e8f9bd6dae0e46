"""components models: WorkflowRunQueryResponseItemsItems3Function"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunQueryResponseItemsItems3Function"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseItemsItems3Function(_rt.Base):
    """WorkflowRunQueryResponseItemsItems3Function"""

    name: str
    arguments: str
    """JSON string arguments for the functions"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseItemsItems3Function:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["name"]
            v1 = data["arguments"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".name")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".arguments")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_items_items3_function
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.name = v0
        obj.arguments = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "name": self.name,
            "arguments": self.arguments,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_items_items3_function = frozenset(
    {"name", "arguments"}
)
