"""components models: WorkflowRunQueryRequestFiltersHideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperatorsquery1 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY1_VALUES,
    WorkflowRunQueryRequestHideOperatorsQuery1,
    decode_workflow_run_query_request_hide_operators_query1,
)
from .workflowrunqueryrequesthideoperatorsquery2 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY2_VALUES,
    WorkflowRunQueryRequestHideOperatorsQuery2,
    decode_workflow_run_query_request_hide_operators_query2,
)
from .workflowrunqueryrequesthideoperatorsquery3 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY3_VALUES,
    WorkflowRunQueryRequestHideOperatorsQuery3,
    decode_workflow_run_query_request_hide_operators_query3,
)
from .workflowrunqueryrequesthideoperatorsquery4 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY4_VALUES,
    WorkflowRunQueryRequestHideOperatorsQuery4,
    decode_workflow_run_query_request_hide_operators_query4,
)
from .workflowrunqueryrequesthideoperatorsquery5 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY5_VALUES,
    WorkflowRunQueryRequestHideOperatorsQuery5,
    decode_workflow_run_query_request_hide_operators_query5,
)

__all__ = [
    "WorkflowRunQueryRequestFiltersHideOperators",
    "decode_workflow_run_query_request_filters_hide_operators",
    "encode_workflow_run_query_request_filters_hide_operators",
]


WorkflowRunQueryRequestFiltersHideOperators = Union[
    WorkflowRunQueryRequestHideOperatorsQuery1,
    WorkflowRunQueryRequestHideOperatorsQuery2,
    WorkflowRunQueryRequestHideOperatorsQuery3,
    WorkflowRunQueryRequestHideOperatorsQuery4,
    WorkflowRunQueryRequestHideOperatorsQuery5,
]


def decode_workflow_run_query_request_filters_hide_operators(
    data: Any,
) -> WorkflowRunQueryRequestFiltersHideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query1(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query2(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query3(data)
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query4(data)
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query5(data)
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query1, data
            ),
            e1
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query2, data
            ),
            e2
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query3, data
            ),
            e3
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query4, data
            ),
            e4
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query5, data
            ),
        ]
    )


def encode_workflow_run_query_request_filters_hide_operators(
    value: WorkflowRunQueryRequestFiltersHideOperators,
) -> Any:
    return _rt.encode(value)
