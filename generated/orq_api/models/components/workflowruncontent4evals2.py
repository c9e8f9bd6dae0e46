"""components models: WorkflowRunContent4Evals2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun24evals1 import WorkflowRun24Evals1
from .workflowrun24evals2 import WorkflowRun24Evals2

__all__ = [
    "WorkflowRunContent4Evals2",
    "decode_workflow_run_content4_evals2",
    "encode_workflow_run_content4_evals2",
]


WorkflowRunContent4Evals2 = Union[WorkflowRun24Evals1, WorkflowRun24Evals2]
""""""


def decode_workflow_run_content4_evals2(data: Any) -> WorkflowRunContent4Evals2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRun24Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRun24Evals2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun24Evals1.from_dict, data),
            _rt.error_of(WorkflowRun24Evals2.from_dict, data),
        ]
    )


def encode_workflow_run_content4_evals2(value: WorkflowRunContent4Evals2) -> Any:
    return value.to_dict()
