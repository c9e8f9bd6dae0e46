"""components models: WorkflowRunQueryRequestFiltersQueryFiltersHideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperatorsqueryfilters51 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS51_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters51,
    decode_workflow_run_query_request_hide_operators_query_filters51,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters52 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS52_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters52,
    decode_workflow_run_query_request_hide_operators_query_filters52,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters53 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS53_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters53,
    decode_workflow_run_query_request_hide_operators_query_filters53,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters54 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS54_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters54,
    decode_workflow_run_query_request_hide_operators_query_filters54,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters55 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS55_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters55,
    decode_workflow_run_query_request_hide_operators_query_filters55,
)

__all__ = [
    "WorkflowRunQueryRequestFiltersQueryFiltersHideOperators",
    "decode_workflow_run_query_request_filters_query_filters_hide_operators",
    "encode_workflow_run_query_request_filters_query_filters_hide_operators",
]


WorkflowRunQueryRequestFiltersQueryFiltersHideOperators = Union[
    WorkflowRunQueryRequestHideOperatorsQueryFilters51,
    WorkflowRunQueryRequestHideOperatorsQueryFilters52,
    WorkflowRunQueryRequestHideOperatorsQueryFilters53,
    WorkflowRunQueryRequestHideOperatorsQueryFilters54,
    WorkflowRunQueryRequestHideOperatorsQueryFilters55,
]


def decode_workflow_run_query_request_filters_query_filters_hide_operators(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFiltersHideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters51(
                data
            )
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters52(
                data
            )
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters53(
                data
            )
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters54(
                data
            )
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters55(
                data
            )
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters51, data
            ),
            e1
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters52, data
            ),
            e2
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters53, data
            ),
            e3
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters54, data
            ),
            e4
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters55, data
            ),
        ]
    )


def encode_workflow_run_query_request_filters_query_filters_hide_operators(
    value: WorkflowRunQueryRequestFiltersQueryFiltersHideOperators,
) -> Any:
    return _rt.encode(value)
