"""components models: WorkflowRunQueryResponseItemsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems1 import WorkflowRunQueryResponseMessageItems1
from .workflowrunqueryresponsemessageitems2 import WorkflowRunQueryResponseMessageItems2
from .workflowrunqueryresponsemessageitems3 import WorkflowRunQueryResponseMessageItems3

__all__ = [
    "WorkflowRunQueryResponseItemsMessage",
    "decode_workflow_run_query_response_items_message",
    "encode_workflow_run_query_response_items_message",
]


WorkflowRunQueryResponseItemsMessage = Union[
    WorkflowRunQueryResponseMessageItems1,
    WorkflowRunQueryResponseMessageItems2,
    WorkflowRunQueryResponseMessageItems3,
]


def decode_workflow_run_query_response_items_message(
    data: Any,
) -> WorkflowRunQueryResponseItemsMessage:
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
            return WorkflowRunQueryResponseMessageItems1.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems2.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryResponseMessageItems1.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryResponseMessageItems2.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryResponseMessageItems3.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_message(
    value: WorkflowRunQueryResponseItemsMessage,
) -> Any:
    return value.to_dict()
