"""components models: WorkflowRunQueryRequestHideOperatorsQueryFilters6Options5"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS5_VALUES",
    "WorkflowRunQueryRequestHideOperatorsQueryFilters6Options5",
    "decode_workflow_run_query_request_hide_operators_query_filters6_options5",
]


WorkflowRunQueryRequestHideOperatorsQueryFilters6Options5 = Literal[
    "is",
    "is_before",
    "is_on_or_before",
    "is_between",
    "is_relative_today",
    "is_relative_time",
    "is_empty",
    "is_not_empty",
]


WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS5_VALUES = frozenset(
    (
        "is",
        "is_before",
        "is_on_or_before",
        "is_between",
        "is_relative_today",
        "is_relative_time",
        "is_empty",
        "is_not_empty",
    )
)


def decode_workflow_run_query_request_hide_operators_query_filters6_options5(
    data: Any,
) -> WorkflowRunQueryRequestHideOperatorsQueryFilters6Options5:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS5_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS5_VALUES
    )
