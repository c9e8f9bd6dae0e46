"""components models: WorkflowRunQueryRequestFiltersQueryFilters6Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES",
    "WorkflowRunQueryRequestFiltersQueryFilters6Type",
    "decode_workflow_run_query_request_filters_query_filters6_type",
]


WorkflowRunQueryRequestFiltersQueryFilters6Type = Literal[
    "string",
    "multi-value-array",
    "single-value-array",
    "number",
    "date",
    "object",
    "boolean",
]


WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES = frozenset(
    (
        "string",
        "multi-value-array",
        "single-value-array",
        "number",
        "date",
        "object",
        "boolean",
    )
)


def decode_workflow_run_query_request_filters_query_filters6_type(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters6Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_FILTERS6_TYPE_VALUES
    )
