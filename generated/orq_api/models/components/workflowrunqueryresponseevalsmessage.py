"""components models: WorkflowRunQueryResponseEvalsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems11 import (
    WorkflowRunQueryResponseMessageItems11,
)
from .workflowrunqueryresponsemessageitems12 import (
    WorkflowRunQueryResponseMessageItems12,
)
from .workflowrunqueryresponsemessageitems13 import (
    WorkflowRunQueryResponseMessageItems13,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsMessage",
    "decode_workflow_run_query_response_evals_message",
    "encode_workflow_run_query_response_evals_message",
]


WorkflowRunQueryResponseEvalsMessage = Union[
    WorkflowRunQueryResponseMessageItems11,
    WorkflowRunQueryResponseMessageItems12,
    WorkflowRunQueryResponseMessageItems13,
]


def decode_workflow_run_query_response_evals_message(
    data: Any,
) -> WorkflowRunQueryResponseEvalsMessage:
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
            return WorkflowRunQueryResponseMessageItems11.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems12.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems13.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryResponseMessageItems11.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryResponseMessageItems12.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryResponseMessageItems13.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_evals_message(
    value: WorkflowRunQueryResponseEvalsMessage,
) -> Any:
    return value.to_dict()
