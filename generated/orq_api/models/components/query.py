"""components models: Query"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequestoperator import (
    WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES,
    WorkflowRunQueryRequestOperator,
    decode_workflow_run_query_request_operator,
)
from .workflowrunqueryrequestqueryfilters import (
    WorkflowRunQueryRequestQueryFilters,
    decode_workflow_run_query_request_query_filters,
    encode_workflow_run_query_request_query_filters,
)

__all__ = ["Query"]


@dataclass(slots=True, kw_only=True)
class Query(_rt.Base):
    """Query"""

    operator: WorkflowRunQueryRequestOperator
    filters: Union[List[WorkflowRunQueryRequestQueryFilters], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Query:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["operator"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES
        ):
            raise _rt.enum_error(v0, WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES).at(
                ".operator"
            )
        v1 = data.get("filters", UNSET)
        if v1 is not UNSET:
            try:
                v1 = _rt.d_list(v1, decode_workflow_run_query_request_query_filters)
            except ValidationError as e:
                raise e.at(".filters")
            except RecursionError:
                raise _rt.too_deep().at(".filters") from None
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_query}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.operator = v0  # type: ignore[assignment]
        obj.filters = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "operator": self.operator,
        }
        v1 = self.filters
        if v1 is not UNSET:
            out["filters"] = [
                encode_workflow_run_query_request_query_filters(x0) for x0 in v1
            ]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_query = frozenset({"operator", "filters"})
