"""components models: WorkflowRunContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun21 import WorkflowRun21
from .workflowrun22 import WorkflowRun22

__all__ = [
    "WorkflowRunContent2",
    "decode_workflow_run_content2",
    "encode_workflow_run_content2",
]


WorkflowRunContent2 = Union[WorkflowRun21, WorkflowRun22]
""""""


def decode_workflow_run_content2(data: Any) -> WorkflowRunContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRun21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRun22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun21.from_dict, data),
            _rt.error_of(WorkflowRun22.from_dict, data),
        ]
    )


def encode_workflow_run_content2(value: WorkflowRunContent2) -> Any:
    return value.to_dict()
