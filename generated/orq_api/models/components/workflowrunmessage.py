"""components models: WorkflowRunMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage1 import WorkflowRunMessage1
from .workflowrunmessage2 import WorkflowRunMessage2
from .workflowrunmessage3 import WorkflowRunMessage3

__all__ = [
    "WorkflowRunMessage",
    "decode_workflow_run_message",
    "encode_workflow_run_message",
]


WorkflowRunMessage = Union[
    WorkflowRunMessage1, WorkflowRunMessage2, WorkflowRunMessage3
]


def decode_workflow_run_message(data: Any) -> WorkflowRunMessage:
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
            return WorkflowRunMessage1.from_dict(data)
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
            return WorkflowRunMessage2.from_dict(data)
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
            return WorkflowRunMessage3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunMessage1.from_dict, data),
            e1 or _rt.error_of(WorkflowRunMessage2.from_dict, data),
            e2 or _rt.error_of(WorkflowRunMessage3.from_dict, data),
        ]
    )


def encode_workflow_run_message(value: WorkflowRunMessage) -> Any:
    return value.to_dict()
