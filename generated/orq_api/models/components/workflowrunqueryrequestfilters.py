"""components models: WorkflowRunQueryRequestFilters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryrequestfilters1 import WorkflowRunQueryRequestFilters1
from .workflowrunqueryrequestfilters2 import WorkflowRunQueryRequestFilters2
from .workflowrunqueryrequestfilters3 import WorkflowRunQueryRequestFilters3
from .workflowrunqueryrequestfilters4 import WorkflowRunQueryRequestFilters4

__all__ = [
    "WorkflowRunQueryRequestFilters",
    "decode_workflow_run_query_request_filters",
    "encode_workflow_run_query_request_filters",
]


WorkflowRunQueryRequestFilters = Union[
    WorkflowRunQueryRequestFilters1,
    WorkflowRunQueryRequestFilters2,
    WorkflowRunQueryRequestFilters3,
    WorkflowRunQueryRequestFilters4,
]
""""""


def decode_workflow_run_query_request_filters(
    data: Any,
) -> WorkflowRunQueryRequestFilters:
    if type(data) is dict and "type" in data and "id" in data and "path" in data:
        try:
            return WorkflowRunQueryRequestFilters1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "searchPaths" in data
    ):
        try:
            return WorkflowRunQueryRequestFilters2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "operator" in data
        and "value" in data
        and "path" in data
    ):
        try:
            return WorkflowRunQueryRequestFilters3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "operator" in data
        and "values" in data
        and "path" in data
    ):
        try:
            return WorkflowRunQueryRequestFilters4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryRequestFilters1.from_dict, data),
            _rt.error_of(WorkflowRunQueryRequestFilters2.from_dict, data),
            _rt.error_of(WorkflowRunQueryRequestFilters3.from_dict, data),
            _rt.error_of(WorkflowRunQueryRequestFilters4.from_dict, data),
        ]
    )


def encode_workflow_run_query_request_filters(
    value: WorkflowRunQueryRequestFilters,
) -> Any:
    return value.to_dict()
