"""components models: WorkflowRunContent12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun211 import WorkflowRun211
from .workflowrun212 import WorkflowRun212

__all__ = [
    "WorkflowRunContent12",
    "decode_workflow_run_content12",
    "encode_workflow_run_content12",
]


WorkflowRunContent12 = Union[WorkflowRun211, WorkflowRun212]
""""""


def decode_workflow_run_content12(data: Any) -> WorkflowRunContent12:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRun211.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRun212.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun211.from_dict, data),
            _rt.error_of(WorkflowRun212.from_dict, data),
        ]
    )


def encode_workflow_run_content12(value: WorkflowRunContent12) -> Any:
    return value.to_dict()
