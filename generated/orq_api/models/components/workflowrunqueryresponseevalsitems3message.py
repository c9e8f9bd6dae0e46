"""components models: WorkflowRunQueryResponseEvalsItems3Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponsemessageitems31 import (
    WorkflowRunQueryResponseMessageItems31,
)
from .workflowrunqueryresponsemessageitems32 import (
    WorkflowRunQueryResponseMessageItems32,
)
from .workflowrunqueryresponsemessageitems33 import (
    WorkflowRunQueryResponseMessageItems33,
)

WorkflowRunQueryResponseEvalsItems3Message = Union[
    "WorkflowRunQueryResponseMessageItems31",
    "WorkflowRunQueryResponseMessageItems32",
    "WorkflowRunQueryResponseMessageItems33",
]
""""""


def decode_workflow_run_query_response_evals_items3_message(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Message:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseMessageItems31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseMessageItems32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseMessageItems33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items3_message(
    value: WorkflowRunQueryResponseEvalsItems3Message,
) -> Any:
    return value.to_dict()
