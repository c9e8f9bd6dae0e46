"""components models: WorkflowRunQueryRequestFiltersQueryFilters5Operator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS5_OPERATOR_VALUES",
    "WorkflowRunQueryRequestFiltersQueryFilters5Operator",
    "decode_workflow_run_query_request_filters_query_filters5_operator",
]


WorkflowRunQueryRequestFiltersQueryFilters5Operator = Literal[
    "is",
    "is_not",
    "contains",
    "does_not_contain",
    "starts_with",
    "ends_with",
    "is_empty",
    "is_not_empty",
]


WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS5_OPERATOR_VALUES = frozenset(
    (
        "is",
        "is_not",
        "contains",
        "does_not_contain",
        "starts_with",
        "ends_with",
        "is_empty",
        "is_not_empty",
    )
)


def decode_workflow_run_query_request_filters_query_filters5_operator(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters5Operator:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS5_OPERATOR_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS5_OPERATOR_VALUES
    )
