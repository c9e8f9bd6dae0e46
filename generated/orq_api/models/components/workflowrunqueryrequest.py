"""components models: WorkflowRunQueryRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .pagination import Pagination
from .query import Query
from .sortingprops import SortingProps
from .workflowrunqueryrequestfilters import (
    WorkflowRunQueryRequestFilters,
    decode_workflow_run_query_request_filters,
    encode_workflow_run_query_request_filters,
)

__all__ = ["WorkflowRunQueryRequest"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryRequest(_rt.Base):
    """WorkflowRunQueryRequest"""

    pagination: Union[Pagination, Unset] = UNSET
    sorting_props: Union[List[SortingProps], Unset] = UNSET
    query: Union[Query, Unset] = UNSET
    filters: List[WorkflowRunQueryRequestFilters]
    included_fields: Union[Dict[str, str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v3 = data["filters"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("pagination", UNSET)
        if v0 is not UNSET:
            try:
                v0 = Pagination.from_dict(v0)
            except ValidationError as e:
                raise e.at(".pagination")
            except RecursionError:
                raise _rt.too_deep().at(".pagination") from None
        v1 = data.get("sortingProps", UNSET)
        if v1 is not UNSET:
            try:
                v1 = _rt.d_list(v1, SortingProps.from_dict)
            except ValidationError as e:
                raise e.at(".sortingProps")
            except RecursionError:
                raise _rt.too_deep().at(".sortingProps") from None
        v2 = data.get("query", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Query.from_dict(v2)
            except ValidationError as e:
                raise e.at(".query")
            except RecursionError:
                raise _rt.too_deep().at(".query") from None
        try:
            v3 = _rt.d_list(v3, decode_workflow_run_query_request_filters)
        except ValidationError as e:
            raise e.at(".filters")
        except RecursionError:
            raise _rt.too_deep().at(".filters") from None
        v4 = data.get("includedFields", UNSET)
        if v4 is not UNSET:
            try:
                v4 = _rt.d_map(v4, _rt.d_str)
            except ValidationError as e:
                raise e.at(".includedFields")
            except RecursionError:
                raise _rt.too_deep().at(".includedFields") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            1
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v4 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.pagination = v0
        obj.sorting_props = v1
        obj.query = v2
        obj.filters = v3
        obj.included_fields = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "filters": [
                encode_workflow_run_query_request_filters(x0) for x0 in self.filters
            ],
        }
        v0 = self.pagination
        if v0 is not UNSET:
            out["pagination"] = v0.to_dict()
        v1 = self.sorting_props
        if v1 is not UNSET:
            out["sortingProps"] = [x0.to_dict() for x0 in v1]
        v2 = self.query
        if v2 is not UNSET:
            out["query"] = v2.to_dict()
        v4 = self.included_fields
        if v4 is not UNSET:
            out["includedFields"] = dict(v4)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_request = frozenset(
    {"pagination", "sortingProps", "query", "filters", "includedFields"}
)
