"""components models: WorkflowRunQueryRequestFiltersQueryFilters7HideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperatorsqueryfilters71 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS71_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters71,
    decode_workflow_run_query_request_hide_operators_query_filters71,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters72 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS72_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters72,
    decode_workflow_run_query_request_hide_operators_query_filters72,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters73 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS73_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters73,
    decode_workflow_run_query_request_hide_operators_query_filters73,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters74 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS74_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters74,
    decode_workflow_run_query_request_hide_operators_query_filters74,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters75 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS75_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters75,
    decode_workflow_run_query_request_hide_operators_query_filters75,
)

__all__ = [
    "WorkflowRunQueryRequestFiltersQueryFilters7HideOperators",
    "decode_workflow_run_query_request_filters_query_filters7_hide_operators",
    "encode_workflow_run_query_request_filters_query_filters7_hide_operators",
]


WorkflowRunQueryRequestFiltersQueryFilters7HideOperators = Union[
    WorkflowRunQueryRequestHideOperatorsQueryFilters71,
    WorkflowRunQueryRequestHideOperatorsQueryFilters72,
    WorkflowRunQueryRequestHideOperatorsQueryFilters73,
    WorkflowRunQueryRequestHideOperatorsQueryFilters74,
    WorkflowRunQueryRequestHideOperatorsQueryFilters75,
]


def decode_workflow_run_query_request_filters_query_filters7_hide_operators(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters7HideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters71(
                data
            )
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters72(
                data
            )
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters73(
                data
            )
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters74(
                data
            )
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters75(
                data
            )
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters71, data
            ),
            e1
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters72, data
            ),
            e2
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters73, data
            ),
            e3
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters74, data
            ),
            e4
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters75, data
            ),
        ]
    )


def encode_workflow_run_query_request_filters_query_filters7_hide_operators(
    value: WorkflowRunQueryRequestFiltersQueryFilters7HideOperators,
) -> Any:
    return _rt.encode(value)
