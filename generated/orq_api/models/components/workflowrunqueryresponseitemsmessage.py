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
        except ValidationError:
            pass
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
        except ValidationError:
            pass
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
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseMessageItems1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseMessageItems2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseMessageItems3.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_message(
    value: WorkflowRunQueryResponseItemsMessage,
) -> Any:
    return value.to_dict()
