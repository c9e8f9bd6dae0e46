"""components models: WorkflowRunQueryRequestFiltersQueryFilters7Operator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS7_OPERATOR_VALUES",
    "WorkflowRunQueryRequestFiltersQueryFilters7Operator",
    "decode_workflow_run_query_request_filters_query_filters7_operator",
]


WorkflowRunQueryRequestFiltersQueryFilters7Operator = Literal["is"]


WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS7_OPERATOR_VALUES = frozenset(("is",))


def decode_workflow_run_query_request_filters_query_filters7_operator(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters7Operator:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS7_OPERATOR_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS7_OPERATOR_VALUES
    )
