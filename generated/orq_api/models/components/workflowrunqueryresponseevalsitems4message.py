"""components models: WorkflowRunQueryResponseEvalsItems4Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessageitems4evals1 import (
    WorkflowRunQueryResponseMessageItems4Evals1,
)
from .workflowrunqueryresponsemessageitems4evals2 import (
    WorkflowRunQueryResponseMessageItems4Evals2,
)
from .workflowrunqueryresponsemessageitems4evals3 import (
    WorkflowRunQueryResponseMessageItems4Evals3,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Message",
    "decode_workflow_run_query_response_evals_items4_message",
    "encode_workflow_run_query_response_evals_items4_message",
]


WorkflowRunQueryResponseEvalsItems4Message = Union[
    WorkflowRunQueryResponseMessageItems4Evals1,
    WorkflowRunQueryResponseMessageItems4Evals2,
    WorkflowRunQueryResponseMessageItems4Evals3,
]


def decode_workflow_run_query_response_evals_items4_message(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Message:
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
            return WorkflowRunQueryResponseMessageItems4Evals1.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems4Evals2.from_dict(data)
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
            return WorkflowRunQueryResponseMessageItems4Evals3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0
            or _rt.error_of(
                WorkflowRunQueryResponseMessageItems4Evals1.from_dict, data
            ),
            e1
            or _rt.error_of(
                WorkflowRunQueryResponseMessageItems4Evals2.from_dict, data
            ),
            e2
            or _rt.error_of(
                WorkflowRunQueryResponseMessageItems4Evals3.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_message(
    value: WorkflowRunQueryResponseEvalsItems4Message,
) -> Any:
    return value.to_dict()
