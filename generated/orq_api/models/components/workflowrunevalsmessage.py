"""components models: WorkflowRunEvalsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage21 import WorkflowRunMessage21
from .workflowrunmessage22 import WorkflowRunMessage22
from .workflowrunmessage23 import WorkflowRunMessage23

__all__ = [
    "WorkflowRunEvalsMessage",
    "decode_workflow_run_evals_message",
    "encode_workflow_run_evals_message",
]


WorkflowRunEvalsMessage = Union[
    WorkflowRunMessage21, WorkflowRunMessage22, WorkflowRunMessage23
]


def decode_workflow_run_evals_message(data: Any) -> WorkflowRunEvalsMessage:
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
            return WorkflowRunMessage21.from_dict(data)
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
            return WorkflowRunMessage22.from_dict(data)
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
            return WorkflowRunMessage23.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunMessage21.from_dict, data),
            e1 or _rt.error_of(WorkflowRunMessage22.from_dict, data),
            e2 or _rt.error_of(WorkflowRunMessage23.from_dict, data),
        ]
    )


def encode_workflow_run_evals_message(value: WorkflowRunEvalsMessage) -> Any:
    return value.to_dict()
