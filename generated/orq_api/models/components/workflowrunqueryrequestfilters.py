"""components models: WorkflowRunQueryRequestFilters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryrequestfilters1 import WorkflowRunQueryRequestFilters1
from .workflowrunqueryrequestfilters2 import WorkflowRunQueryRequestFilters2
from .workflowrunqueryrequestfilters3 import WorkflowRunQueryRequestFilters3
from .workflowrunqueryrequestfilters4 import WorkflowRunQueryRequestFilters4

WorkflowRunQueryRequestFilters = Union[
    "WorkflowRunQueryRequestFilters1",
    "WorkflowRunQueryRequestFilters2",
    "WorkflowRunQueryRequestFilters3",
    "WorkflowRunQueryRequestFilters4",
]
""""""


def decode_workflow_run_query_request_filters(
    data: Any,
) -> WorkflowRunQueryRequestFilters:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryRequestFilters1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryRequestFilters2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryRequestFilters3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryRequestFilters4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_request_filters(
    value: WorkflowRunQueryRequestFilters,
) -> Any:
    return value.to_dict()
