"""components models: WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperatorsqueryfilters6options1 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS1_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options1,
    decode_workflow_run_query_request_hide_operators_query_filters6_options1,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters6options2 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS2_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options2,
    decode_workflow_run_query_request_hide_operators_query_filters6_options2,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters6options3 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS3_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options3,
    decode_workflow_run_query_request_hide_operators_query_filters6_options3,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters6options4 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS4_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options4,
    decode_workflow_run_query_request_hide_operators_query_filters6_options4,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters6options5 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS6_OPTIONS5_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options5,
    decode_workflow_run_query_request_hide_operators_query_filters6_options5,
)

__all__ = [
    "WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators",
    "decode_workflow_run_query_request_filters_query_filters6_options_hide_operators",
    "encode_workflow_run_query_request_filters_query_filters6_options_hide_operators",
]


WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators = Union[
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options1,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options2,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options3,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options4,
    WorkflowRunQueryRequestHideOperatorsQueryFilters6Options5,
]


def decode_workflow_run_query_request_filters_query_filters6_options_hide_operators(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters6_options1(
                data
            )
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters6_options2(
                data
            )
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters6_options3(
                data
            )
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters6_options4(
                data
            )
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters6_options5(
                data
            )
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters6_options1,
                data,
            ),
            e1
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters6_options2,
                data,
            ),
            e2
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters6_options3,
                data,
            ),
            e3
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters6_options4,
                data,
            ),
            e4
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters6_options5,
                data,
            ),
        ]
    )


def encode_workflow_run_query_request_filters_query_filters6_options_hide_operators(
    value: WorkflowRunQueryRequestFiltersQueryFilters6OptionsHideOperators,
) -> Any:
    return _rt.encode(value)
