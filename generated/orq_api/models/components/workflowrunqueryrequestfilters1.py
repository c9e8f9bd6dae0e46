"""components models: WorkflowRunQueryRequestFilters1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequestfilterstype import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES,
    WorkflowRunQueryRequestFiltersType,
    decode_workflow_run_query_request_filters_type,
)

__all__ = ["WorkflowRunQueryRequestFilters1"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryRequestFilters1(_rt.Base):
    """WorkflowRunQueryRequestFilters1"""

    type: WorkflowRunQueryRequestFiltersType
    id: str
    path: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryRequestFilters1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["id"]
            v2 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES
        ):
            raise _rt.enum_error(v0, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES).at(
                ".type"
            )
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".id")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".path")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_request_filters1
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.id = v1
        obj.path = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "id": self.id,
            "path": self.path,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_request_filters1 = frozenset({"type", "id", "path"})
