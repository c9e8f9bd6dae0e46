"""components models: WorkflowRunQueryResponseEvalsItems3Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems31 import (
    WorkflowRunQueryResponseMessageItems31,
)
from .workflowrunqueryresponsemessageitems32 import (
    WorkflowRunQueryResponseMessageItems32,
)
from .workflowrunqueryresponsemessageitems33 import (
    WorkflowRunQueryResponseMessageItems33,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Message",
    "decode_workflow_run_query_response_evals_items3_message",
    "encode_workflow_run_query_response_evals_items3_message",
]


WorkflowRunQueryResponseEvalsItems3Message = Union[
    WorkflowRunQueryResponseMessageItems31,
    WorkflowRunQueryResponseMessageItems32,
    WorkflowRunQueryResponseMessageItems33,
]


def decode_workflow_run_query_response_evals_items3_message(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Message:
    e0: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "tool_calls" in data
    ):
        try:
            return WorkflowRunQueryResponseMessageItems31.from_dict(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "content" in data
    ):
        try:
            return WorkflowRunQueryResponseMessageItems32.from_dict(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "role" in data
        and data["role"]
        in (
            "system",
            "assistant",
            "user",
            "exception",
            "tool",
            "prompt",
            "correction",
            "expected_output",
        )
        and "url" in data
    ):
        try:
            return WorkflowRunQueryResponseMessageItems33.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryResponseMessageItems31.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryResponseMessageItems32.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryResponseMessageItems33.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_evals_items3_message(
    value: WorkflowRunQueryResponseEvalsItems3Message,
) -> Any:
    return value.to_dict()
