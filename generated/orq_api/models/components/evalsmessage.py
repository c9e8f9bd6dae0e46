"""components models: EvalsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage11 import WorkflowRunMessage11
from .workflowrunmessage12 import WorkflowRunMessage12
from .workflowrunmessage13 import WorkflowRunMessage13

__all__ = ["EvalsMessage", "decode_evals_message", "encode_evals_message"]


EvalsMessage = Union[WorkflowRunMessage11, WorkflowRunMessage12, WorkflowRunMessage13]


def decode_evals_message(data: Any) -> EvalsMessage:
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
            return WorkflowRunMessage11.from_dict(data)
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
            return WorkflowRunMessage12.from_dict(data)
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
            return WorkflowRunMessage13.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunMessage11.from_dict, data),
            e1 or _rt.error_of(WorkflowRunMessage12.from_dict, data),
            e2 or _rt.error_of(WorkflowRunMessage13.from_dict, data),
        ]
    )


def encode_evals_message(value: EvalsMessage) -> Any:
    return value.to_dict()
