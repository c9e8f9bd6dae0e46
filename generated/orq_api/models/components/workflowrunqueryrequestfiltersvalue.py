"""components models: WorkflowRunQueryRequestFiltersValue"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WorkflowRunQueryRequestFiltersValue",
    "decode_workflow_run_query_request_filters_value",
    "encode_workflow_run_query_request_filters_value",
]


WorkflowRunQueryRequestFiltersValue = Union[float, List[float]]


def decode_workflow_run_query_request_filters_value(
    data: Any,
) -> WorkflowRunQueryRequestFiltersValue:
    e0: Optional[ValidationError] = None
    if type(data) is float or type(data) is int:
        try:
            return _rt.d_float(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(_rt.d_float)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_float, data),
            e1 or _rt.error_of(_rt.list_of(_rt.d_float), data),
        ]
    )


def encode_workflow_run_query_request_filters_value(
    value: WorkflowRunQueryRequestFiltersValue,
) -> Any:
    return _rt.encode(value)
