"""components models: WorkflowRunQueryRequestFiltersQuery3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filtersvalue import FiltersValue
from .workflowrunqueryrequestfiltershideoperators import (
    WorkflowRunQueryRequestFiltersHideOperators,
    decode_workflow_run_query_request_filters_hide_operators,
    encode_workflow_run_query_request_filters_hide_operators,
)
from .workflowrunqueryrequestfiltersqueryfilters3operator import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS3_OPERATOR_VALUES,
    WorkflowRunQueryRequestFiltersQueryFilters3Operator,
    decode_workflow_run_query_request_filters_query_filters3_operator,
)
from .workflowrunqueryrequestfiltersqueryfilters3type import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS3_TYPE_VALUES,
    WorkflowRunQueryRequestFiltersQueryFilters3Type,
    decode_workflow_run_query_request_filters_query_filters3_type,
)

__all__ = ["WorkflowRunQueryRequestFiltersQuery3"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryRequestFiltersQuery3(_rt.Base):
    """WorkflowRunQueryRequestFiltersQuery3"""

    operator: WorkflowRunQueryRequestFiltersQueryFilters3Operator
    value: FiltersValue
    id: str
    """The id of the resource"""
    type: WorkflowRunQueryRequestFiltersQueryFilters3Type
    name: str
    path: str
    hide_operators: Union[List[WorkflowRunQueryRequestFiltersHideOperators], Unset] = (
        UNSET
    )
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryRequestFiltersQuery3:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["operator"]
            v1 = data["value"]
            v2 = data["id"]
            v3 = data["type"]
            v4 = data["name"]
            v5 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS3_OPERATOR_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS3_OPERATOR_VALUES
            ).at(".operator")
        try:
            v1 = FiltersValue.from_dict(v1)
        except ValidationError as e:
            raise e.at(".value")
        except RecursionError:
            raise _rt.too_deep().at(".value") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS3_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS3_TYPE_VALUES
            ).at(".type")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".name")
        if type(v5) is not str:
            raise _rt.type_error("str", v5).at(".path")
        v6 = data.get("hideOperators", UNSET)
        if v6 is not UNSET:
            try:
                v6 = _rt.d_list(
                    v6, decode_workflow_run_query_request_filters_hide_operators
                )
            except ValidationError as e:
                raise e.at(".hideOperators")
            except RecursionError:
                raise _rt.too_deep().at(".hideOperators") from None
        extras: Dict[str, Any] = {}
        if len(data) != 6 + (v6 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_request_filters_query3
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.operator = v0  # type: ignore[assignment]
        obj.value = v1
        obj.id = v2
        obj.type = v3  # type: ignore[assignment]
        obj.name = v4
        obj.path = v5
        obj.hide_operators = v6
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "operator": self.operator,
            "value": self.value.to_dict(),
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "path": self.path,
        }
        v6 = self.hide_operators
        if v6 is not UNSET:
            out["hideOperators"] = [
                encode_workflow_run_query_request_filters_hide_operators(x0)
                for x0 in v6
            ]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_request_filters_query3 = frozenset(
    {"operator", "value", "id", "type", "name", "path", "hideOperators"}
)
