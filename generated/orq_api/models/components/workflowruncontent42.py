"""components models: WorkflowRunContent42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun241 import WorkflowRun241
from .workflowrun242 import WorkflowRun242

__all__ = [
    "WorkflowRunContent42",
    "decode_workflow_run_content42",
    "encode_workflow_run_content42",
]


WorkflowRunContent42 = Union[WorkflowRun241, WorkflowRun242]
""""""


def decode_workflow_run_content42(data: Any) -> WorkflowRunContent42:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRun241.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRun242.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun241.from_dict, data),
            _rt.error_of(WorkflowRun242.from_dict, data),
        ]
    )


def encode_workflow_run_content42(value: WorkflowRunContent42) -> Any:
    return value.to_dict()
