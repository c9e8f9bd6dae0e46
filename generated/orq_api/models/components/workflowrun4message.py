"""components models: WorkflowRun4Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage41 import WorkflowRunMessage41
from .workflowrunmessage42 import WorkflowRunMessage42
from .workflowrunmessage43 import WorkflowRunMessage43

__all__ = [
    "WorkflowRun4Message",
    "decode_workflow_run4_message",
    "encode_workflow_run4_message",
]


WorkflowRun4Message = Union[
    WorkflowRunMessage41, WorkflowRunMessage42, WorkflowRunMessage43
]


def decode_workflow_run4_message(data: Any) -> WorkflowRun4Message:
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
            return WorkflowRunMessage41.from_dict(data)
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
            return WorkflowRunMessage42.from_dict(data)
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
            return WorkflowRunMessage43.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunMessage41.from_dict, data),
            e1 or _rt.error_of(WorkflowRunMessage42.from_dict, data),
            e2 or _rt.error_of(WorkflowRunMessage43.from_dict, data),
        ]
    )


def encode_workflow_run4_message(value: WorkflowRun4Message) -> Any:
    return value.to_dict()
