"""components models: FiltersHideOperators"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequesthideoperators1 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS1_VALUES,
    WorkflowRunQueryRequestHideOperators1,
    decode_workflow_run_query_request_hide_operators1,
)
from .workflowrunqueryrequesthideoperators2 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS2_VALUES,
    WorkflowRunQueryRequestHideOperators2,
    decode_workflow_run_query_request_hide_operators2,
)
from .workflowrunqueryrequesthideoperators3 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS3_VALUES,
    WorkflowRunQueryRequestHideOperators3,
    decode_workflow_run_query_request_hide_operators3,
)
from .workflowrunqueryrequesthideoperators4 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS4_VALUES,
    WorkflowRunQueryRequestHideOperators4,
    decode_workflow_run_query_request_hide_operators4,
)
from .workflowrunqueryrequesthideoperators5 import (
    WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS5_VALUES,
    WorkflowRunQueryRequestHideOperators5,
    decode_workflow_run_query_request_hide_operators5,
)

__all__ = [
    "FiltersHideOperators",
    "decode_filters_hide_operators",
    "encode_filters_hide_operators",
]


FiltersHideOperators = Union[
    WorkflowRunQueryRequestHideOperators1,
    WorkflowRunQueryRequestHideOperators2,
    WorkflowRunQueryRequestHideOperators3,
    WorkflowRunQueryRequestHideOperators4,
    WorkflowRunQueryRequestHideOperators5,
]


def decode_filters_hide_operators(data: Any) -> FiltersHideOperators:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators1(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators2(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators3(data)
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators4(data)
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_workflow_run_query_request_hide_operators5(data)
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(decode_workflow_run_query_request_hide_operators1, data),
            e1 or _rt.error_of(decode_workflow_run_query_request_hide_operators2, data),
            e2 or _rt.error_of(decode_workflow_run_query_request_hide_operators3, data),
            e3 or _rt.error_of(decode_workflow_run_query_request_hide_operators4, data),
            e4 or _rt.error_of(decode_workflow_run_query_request_hide_operators5, data),
        ]
    )


def encode_filters_hide_operators(value: FiltersHideOperators) -> Any:
    return _rt.encode(value)
