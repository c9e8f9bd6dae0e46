"""components models: WorkflowRunQueryRequestFiltersOptions"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequestfiltersqueryfilters6optionshideoperators import (
    WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators,
    decode_workflow_run_query_request_filters_query_filters6_options_hide_operators,
    encode_workflow_run_query_request_filters_query_filters6_options_hide_operators,
)
from .workflowrunqueryrequestfiltersqueryfilters6optionstype import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_OPTIONS_TYPE_VALUES,
    WorkflowRunQueryRequestFiltersQueryFilters6OptionsType,
    decode_workflow_run_query_request_filters_query_filters6_options_type,
)

__all__ = ["WorkflowRunQueryRequestFiltersOptions"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryRequestFiltersOptions(_rt.Base):
    """WorkflowRunQueryRequestFiltersOptions"""

    name: str
    path: str
    type: WorkflowRunQueryRequestFiltersQueryFilters6OptionsType
    hide_operators: Union[
        List[WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators], Unset
    ] = UNSET
    id: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryRequestFiltersOptions:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["name"]
            v1 = data["path"]
            v2 = data["type"]
            v4 = data["id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".name")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".path")
        if (
            v2.__class__ is not str
            or v2
            not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_OPTIONS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v2,
                WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_OPTIONS_TYPE_VALUES,
            ).at(".type")
        v3 = data.get("hideOperators", UNSET)
        if v3 is not UNSET:
            try:
                v3 = _rt.d_list(
                    v3,
                    decode_workflow_run_query_request_filters_query_filters6_options_hide_operators,
                )
            except ValidationError as e:
                raise e.at(".hideOperators")
            except RecursionError:
                raise _rt.too_deep().at(".hideOperators") from None
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".id")
        extras: Dict[str, Any] = {}
        if len(data) != 4 + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_request_filters_options
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.name = v0
        obj.path = v1
        obj.type = v2  # type: ignore[assignment]
        obj.hide_operators = v3
        obj.id = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "name": self.name,
            "path": self.path,
            "type": self.type,
            "id": self.id,
        }
        v3 = self.hide_operators
        if v3 is not UNSET:
            out["hideOperators"] = [
                encode_workflow_run_query_request_filters_query_filters6_options_hide_operators(
                    x0
                )
                for x0 in v3
            ]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_request_filters_options = frozenset(
    {"name", "path", "type", "hideOperators", "id"}
)
