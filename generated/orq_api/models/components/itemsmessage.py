"""components models: ItemsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsemessage1 import WorkflowRunQueryResponseMessage1
from .workflowrunqueryresponsemessage2 import WorkflowRunQueryResponseMessage2
from .workflowrunqueryresponsemessage3 import WorkflowRunQueryResponseMessage3

__all__ = ["ItemsMessage", "decode_items_message", "encode_items_message"]


ItemsMessage = Union[
    WorkflowRunQueryResponseMessage1,
    WorkflowRunQueryResponseMessage2,
    WorkflowRunQueryResponseMessage3,
]


def decode_items_message(data: Any) -> ItemsMessage:
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
            return WorkflowRunQueryResponseMessage1.from_dict(data)
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
            return WorkflowRunQueryResponseMessage2.from_dict(data)
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
            return WorkflowRunQueryResponseMessage3.from_dict(data)
        except ValidationError as e:
            e2 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryResponseMessage1.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryResponseMessage2.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryResponseMessage3.from_dict, data),
        ]
    )


def encode_items_message(value: ItemsMessage) -> Any:
    return value.to_dict()
