"""components models: WorkflowRunEvals3Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage3evals1 import WorkflowRunMessage3Evals1
from .workflowrunmessage3evals2 import WorkflowRunMessage3Evals2
from .workflowrunmessage3evals3 import WorkflowRunMessage3Evals3

__all__ = [
    "WorkflowRunEvals3Message",
    "decode_workflow_run_evals3_message",
    "encode_workflow_run_evals3_message",
]


WorkflowRunEvals3Message = Union[
    WorkflowRunMessage3Evals1, WorkflowRunMessage3Evals2, WorkflowRunMessage3Evals3
]


def decode_workflow_run_evals3_message(data: Any) -> WorkflowRunEvals3Message:
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
            return WorkflowRunMessage3Evals1.from_dict(data)
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
            return WorkflowRunMessage3Evals2.from_dict(data)
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
            return WorkflowRunMessage3Evals3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunMessage3Evals1.from_dict, data),
            e1 or _rt.error_of(WorkflowRunMessage3Evals2.from_dict, data),
            e2 or _rt.error_of(WorkflowRunMessage3Evals3.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_message(value: WorkflowRunEvals3Message) -> Any:
    return value.to_dict()
