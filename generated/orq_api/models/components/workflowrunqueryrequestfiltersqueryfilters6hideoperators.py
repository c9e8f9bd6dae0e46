"""components models: WorkflowRunQueryRequestFiltersQueryFilters6HideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperatorsqueryfilters61 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS61_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters61,
    decode_workflow_run_query_request_hide_operators_query_filters61,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters62 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS62_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters62,
    decode_workflow_run_query_request_hide_operators_query_filters62,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters63 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS63_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters63,
    decode_workflow_run_query_request_hide_operators_query_filters63,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters64 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS64_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters64,
    decode_workflow_run_query_request_hide_operators_query_filters64,
)
from .workflowrunqueryrequesthideoperatorsqueryfilters65 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY_FILTERS65_VALUES,
    WorkflowRunQueryRequestHideOperatorsQueryFilters65,
    decode_workflow_run_query_request_hide_operators_query_filters65,
)

__all__ = [
    "WorkflowRunQueryRequestFiltersQueryFilters6HideOperators",
    "decode_workflow_run_query_request_filters_query_filters6_hide_operators",
    "encode_workflow_run_query_request_filters_query_filters6_hide_operators",
]


WorkflowRunQueryRequestFiltersQueryFilters6HideOperators = Union[
    WorkflowRunQueryRequestHideOperatorsQueryFilters61,
    WorkflowRunQueryRequestHideOperatorsQueryFilters62,
    WorkflowRunQueryRequestHideOperatorsQueryFilters63,
    WorkflowRunQueryRequestHideOperatorsQueryFilters64,
    WorkflowRunQueryRequestHideOperatorsQueryFilters65,
]


def decode_workflow_run_query_request_filters_query_filters6_hide_operators(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters6HideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters61(
                data
            )
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters62(
                data
            )
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters63(
                data
            )
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters64(
                data
            )
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators_query_filters65(
                data
            )
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters61, data
            ),
            e1
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters62, data
            ),
            e2
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters63, data
            ),
            e3
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters64, data
            ),
            e4
            or _rt.error_of(
                decode_workflow_run_query_request_hide_operators_query_filters65, data
            ),
        ]
    )


def encode_workflow_run_query_request_filters_query_filters6_hide_operators(
    value: WorkflowRunQueryRequestFiltersQueryFilters6HideOperators,
) -> Any:
    return _rt.encode(value)
