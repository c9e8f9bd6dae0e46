"""components models: WorkflowRunQueryRequestFiltersQueryHideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperatorsqueryfilters1 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS1_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters1,
    decode_workflow_run_query_request_hide_operators_query_filters1,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters2 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS2_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters2,
    decode_workflow_run_query_request_hide_operators_query_filters2,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters3 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS3_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters3,
    decode_workflow_run_query_request_hide_operators_query_filters3,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters4 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS4_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters4,
    decode_workflow_run_query_request_hide_operators_query_filters4,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters5 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS5_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters5,
    decode_workflow_run_query_request_hide_operators_query_filters5,
)

__all__ = [
    "WorkflowRunQueryRequestFiltersQueryHideOperators",
    "decode_workflow_run_query_request_filters_query_hide_operators",
    "encode_workflow_run_query_request_filters_query_hide_operators",
]


WorkflowRunQueryRequestFiltersQueryHideOperators = Union[
    WorkflowRunQueryRequestHideOperatorsQueryFilters1,
    WorkflowRunQueryRequestHideOperatorsQueryFilters2,
    WorkflowRunQueryRequestHideOperatorsQueryFilters3,
    WorkflowRunQueryRequestHideOperatorsQueryFilters4,
    WorkflowRunQueryRequestHideOperatorsQueryFilters5,
]


def decode_workflow_run_query_request_filters_query_hide_operators(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryHideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters1(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters2(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters3(data)
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters4(data)
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters5(data)
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters1, data
            ),
            e1
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters2, data
            ),
            e2
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters3, data
            ),
            e3
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters4, data
            ),
            e4
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters5, data
            ),
        ]
    )


def encode_workflow_run_query_request_filters_query_hide_operators(
    value: WorkflowRunQueryRequestFiltersQueryHideOperators,
) -> Any:
    return _rt.encode(value)
