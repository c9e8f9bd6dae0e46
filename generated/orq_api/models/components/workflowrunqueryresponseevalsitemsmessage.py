"""components models: WorkflowRunQueryResponseEvalsItemsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems21 import (
    WorkflowRunQueryResponseMessageItems21,
)
from .workflowrunqueryresponsemessageitems22 import (
    WorkflowRunQueryResponseMessageItems22,
)
from .workflowrunqueryresponsemessageitems23 import (
    WorkflowRunQueryResponseMessageItems23,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItemsMessage",
    "decode_workflow_run_query_response_evals_items_message",
    "encode_workflow_run_query_response_evals_items_message",
]


WorkflowRunQueryResponseEvalsItemsMessage = Union[
    WorkflowRunQueryResponseMessageItems21,
    WorkflowRunQueryResponseMessageItems22,
    WorkflowRunQueryResponseMessageItems23,
]


def decode_workflow_run_query_response_evals_items_message(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsMessage:
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
            return WorkflowRunQueryResponseMessageItems21.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems22.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems23.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryResponseMessageItems21.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryResponseMessageItems22.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryResponseMessageItems23.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_evals_items_message(
    value: WorkflowRunQueryResponseEvalsItemsMessage,
) -> Any:
    return value.to_dict()
