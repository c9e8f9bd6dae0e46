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


def decode_workflow_run_query_request_filters(
    data: Any,
) -> WorkflowRunQueryRequestFilters:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "id":
        return WorkflowRunQueryRequestFilters1.from_dict(data)
    if tag == "search":
        return WorkflowRunQueryRequestFilters2.from_dict(data)
    if tag == "string":
        return WorkflowRunQueryRequestFilters3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryRequestFilters4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("id", "search", "string", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_request_filters(
    value: WorkflowRunQueryRequestFilters,
) -> Any:
    return value.to_dict()
