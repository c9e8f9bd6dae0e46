"""components models: WorkflowRunQueryResponseItemsItemsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems41 import (
    WorkflowRunQueryResponseMessageItems41,
)
from .workflowrunqueryresponsemessageitems42 import (
    WorkflowRunQueryResponseMessageItems42,
)
from .workflowrunqueryresponsemessageitems43 import (
    WorkflowRunQueryResponseMessageItems43,
)

__all__ = [
    "WorkflowRunQueryResponseItemsItemsMessage",
    "decode_workflow_run_query_response_items_items_message",
    "encode_workflow_run_query_response_items_items_message",
]


WorkflowRunQueryResponseItemsItemsMessage = Union[
    WorkflowRunQueryResponseMessageItems41,
    WorkflowRunQueryResponseMessageItems42,
    WorkflowRunQueryResponseMessageItems43,
]


def decode_workflow_run_query_response_items_items_message(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsMessage:
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
            return WorkflowRunQueryResponseMessageItems41.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems42.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems43.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryResponseMessageItems41.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryResponseMessageItems42.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryResponseMessageItems43.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items_message(
    value: WorkflowRunQueryResponseItemsItemsMessage,
) -> Any:
    return value.to_dict()
