"""components models: WorkflowRunQueryRequestHideOperatorsQueryFilters6Options2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS2_VALUES",
    "WorkflowRunQueryRequestHideOperatorsQueryFilters6Options2",
    "decode_workflow_run_query_request_hide_operators_query_filters6_options2",
]


WorkflowRunQueryRequestHideOperatorsQueryFilters6Options2 = Literal[
    "equals",
    "is_not_equal",
    "is_greater_than",
    "is_less_than",
    "is_greater_than_or_equal_to",
    "is_less_than_or_equal_to",
    "is_between",
    "is_empty",
    "is_not_empty",
]


WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS2_VALUES = frozenset(
    (
        "equals",
        "is_not_equal",
        "is_greater_than",
        "is_less_than",
        "is_greater_than_or_equal_to",
        "is_less_than_or_equal_to",
        "is_between",
        "is_empty",
        "is_not_empty",
    )
)


def decode_workflow_run_query_request_hide_operators_query_filters6_options2(
    data: Any,
) -> WorkflowRunQueryRequestHideOperatorsQueryFilters6Options2:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS2_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS2_VALUES
    )
