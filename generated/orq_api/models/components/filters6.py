"""components models: Filters6"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequestfiltersoptions import WorkflowRunQueryRequestFiltersOptions
from .workflowrunqueryrequestfiltersqueryfilters6hideoperators import (
    WorkflowRunQueryRequestFiltersQueryFilters6HideOperators,
    decode_workflow_run_query_request_filters_query_filters6_hide_operators,
    encode_workflow_run_query_request_filters_query_filters6_hide_operators,
)
from .workflowrunqueryrequestfiltersqueryfilters6operator import (
    WorkflowRunQueryRequestFiltersQueryFilters6Operator,
    decode_workflow_run_query_request_filters_query_filters6_operator,
    encode_workflow_run_query_request_filters_query_filters6_operator,
)
from .workflowrunqueryrequestfiltersqueryfilters6type import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES,
    WorkflowRunQueryRequestFiltersQueryFilters6Type,
    decode_workflow_run_query_request_filters_query_filters6_type,
)

__all__ = ["Filters6"]


@dataclass(slots=True, kw_only=True)
class Filters6(_rt.Base):
    """Filters6"""

    operator: WorkflowRunQueryRequestFiltersQueryFilters6Operator
    value: Union[Any, Unset] = UNSET
    id: str
    """The id of the resource"""
    type: WorkflowRunQueryRequestFiltersQueryFilters6Type
    options: List[WorkflowRunQueryRequestFiltersOptions]
    selected_option_id: Optional[str]
    name: str
    path: str
    hide_operators: Union[
        List[WorkflowRunQueryRequestFiltersQueryFilters6HideOperators], Unset
    ] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Filters6:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["operator"]
            v2 = data["id"]
            v3 = data["type"]
            v4 = data["options"]
            v5 = data["selectedOptionId"]
            v6 = data["name"]
            v7 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = decode_workflow_run_query_request_filters_query_filters6_operator(v0)
        except ValidationError as e:
            raise e.at(".operator")
        except RecursionError:
            raise _rt.too_deep().at(".operator") from None
        v1 = data.get("value", UNSET)
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES
            ).at(".type")
        try:
            v4 = _rt.d_list(v4, WorkflowRunQueryRequestFiltersOptions.from_dict)
        except ValidationError as e:
            raise e.at(".options")
        except RecursionError:
            raise _rt.too_deep().at(".options") from None
        if v5 is not None:
            if type(v5) is not str:
                raise _rt.type_error("str", v5).at(".selectedOptionId")
        if type(v6) is not str:
            raise _rt.type_error("str", v6).at(".name")
        if type(v7) is not str:
            raise _rt.type_error("str", v7).at(".path")
        v8 = data.get("hideOperators", UNSET)
        if v8 is not UNSET:
            try:
                v8 = _rt.d_list(
                    v8,
                    decode_workflow_run_query_request_filters_query_filters6_hide_operators,
                )
            except ValidationError as e:
                raise e.at(".hideOperators")
            except RecursionError:
                raise _rt.too_deep().at(".hideOperators") from None
        extras: Dict[str, Any] = {}
        if len(data) != 7 + (v1 is not UNSET) + (v8 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_filters6}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.operator = v0
        obj.value = v1
        obj.id = v2
        obj.type = v3  # type: ignore[assignment]
        obj.options = v4
        obj.selected_option_id = v5
        obj.name = v6
        obj.path = v7
        obj.hide_operators = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "operator": encode_workflow_run_query_request_filters_query_filters6_operator(
                self.operator
            ),
            "id": self.id,
            "type": self.type,
            "options": [x0.to_dict() for x0 in self.options],
            "selectedOptionId": self.selected_option_id,
            "name": self.name,
            "path": self.path,
        }
        v1 = self.value
        if v1 is not UNSET:
            out["value"] = v1
        v8 = self.hide_operators
        if v8 is not UNSET:
            out["hideOperators"] = [
                encode_workflow_run_query_request_filters_query_filters6_hide_operators(
                    x0
                )
                for x0 in v8
            ]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_filters6 = frozenset(
    {
        "operator",
        "value",
        "id",
        "type",
        "options",
        "selectedOptionId",
        "name",
        "path",
        "hideOperators",
    }
)
