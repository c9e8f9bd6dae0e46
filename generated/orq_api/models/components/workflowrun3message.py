"""components models: WorkflowRun3Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage31 import WorkflowRunMessage31
from .workflowrunmessage32 import WorkflowRunMessage32
from .workflowrunmessage33 import WorkflowRunMessage33

__all__ = [
    "WorkflowRun3Message",
    "decode_workflow_run3_message",
    "encode_workflow_run3_message",
]


WorkflowRun3Message = Union[
    WorkflowRunMessage31, WorkflowRunMessage32, WorkflowRunMessage33
]


def decode_workflow_run3_message(data: Any) -> WorkflowRun3Message:
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
            return WorkflowRunMessage31.from_dict(data)
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
            return WorkflowRunMessage32.from_dict(data)
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
            return WorkflowRunMessage33.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunMessage31.from_dict, data),
            e1 or _rt.error_of(WorkflowRunMessage32.from_dict, data),
            e2 or _rt.error_of(WorkflowRunMessage33.from_dict, data),
        ]
    )


def encode_workflow_run3_message(value: WorkflowRun3Message) -> Any:
    return value.to_dict()
