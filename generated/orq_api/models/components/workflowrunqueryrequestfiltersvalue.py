"""components models: WorkflowRunQueryRequestFiltersValue"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

WorkflowRunQueryRequestFiltersValue = Union[float, List[float]]
""""""


def decode_workflow_run_query_request_filters_value(
    data: Any,
) -> WorkflowRunQueryRequestFiltersValue:
    errors: List[ValidationError] = []
    try:
        return _rt.d_float(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return _rt.list_of(_rt.d_float)(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_request_filters_value(
    value: WorkflowRunQueryRequestFiltersValue,
) -> Any:
    return _rt.encode(value)
