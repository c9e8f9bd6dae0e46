"""components models: WorkflowRunContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun231 import WorkflowRun231
from .workflowrun232 import WorkflowRun232

__all__ = [
    "WorkflowRunContent32",
    "decode_workflow_run_content32",
    "encode_workflow_run_content32",
]


WorkflowRunContent32 = Union[WorkflowRun231, WorkflowRun232]
""""""


def decode_workflow_run_content32(data: Any) -> WorkflowRunContent32:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRun231.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRun232.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun231.from_dict, data),
            _rt.error_of(WorkflowRun232.from_dict, data),
        ]
    )


def encode_workflow_run_content32(value: WorkflowRunContent32) -> Any:
    return value.to_dict()
