"""components models: WorkflowRunQueryRequestFilters3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequestfiltersfilters3type import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_FILTERS3_TYPE_VALUES,
    WorkflowRunQueryRequestFiltersFilters3Type,
    decode_workflow_run_query_request_filters_filters3_type,
)
from .workflowrunqueryrequestfiltersoperator import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_OPERATOR_VALUES,
    WorkflowRunQueryRequestFiltersOperator,
    decode_workflow_run_query_request_filters_operator,
)

__all__ = ["WorkflowRunQueryRequestFilters3"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryRequestFilters3(_rt.Base):
    """WorkflowRunQueryRequestFilters3"""

    type: WorkflowRunQueryRequestFiltersFilters3Type
    operator: WorkflowRunQueryRequestFiltersOperator
    value: str
    path: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryRequestFilters3:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["operator"]
            v2 = data["value"]
            v3 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_FILTERS3_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_FILTERS3_TYPE_VALUES
            ).at(".type")
        if (
            v1.__class__ is not str
            or v1 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_OPERATOR_VALUES
        ):
            raise _rt.enum_error(
                v1, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_OPERATOR_VALUES
            ).at(".operator")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".value")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".path")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_request_filters3
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.operator = v1  # type: ignore[assignment]
        obj.value = v2
        obj.path = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "operator": self.operator,
            "value": self.value,
            "path": self.path,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_request_filters3 = frozenset(
    {"type", "operator", "value", "path"}
)
