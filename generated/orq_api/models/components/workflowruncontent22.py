"""components models: WorkflowRunContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun221 import WorkflowRun221
from .workflowrun222 import WorkflowRun222

__all__ = [
    "WorkflowRunContent22",
    "decode_workflow_run_content22",
    "encode_workflow_run_content22",
]


WorkflowRunContent22 = Union[WorkflowRun221, WorkflowRun222]
""""""


def decode_workflow_run_content22(data: Any) -> WorkflowRunContent22:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRun221.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRun222.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun221.from_dict, data),
            _rt.error_of(WorkflowRun222.from_dict, data),
        ]
    )


def encode_workflow_run_content22(value: WorkflowRunContent22) -> Any:
    return value.to_dict()
