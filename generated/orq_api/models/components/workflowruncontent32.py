"""components models: WorkflowRunContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrun231 import WorkflowRun231
from .workflowrun232 import WorkflowRun232

WorkflowRunContent32 = Union["WorkflowRun231", "WorkflowRun232"]
""""""


def decode_workflow_run_content32(data: Any) -> WorkflowRunContent32:
    errors: List[ValidationError] = []
    try:
        return WorkflowRun231.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRun232.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_content32(value: WorkflowRunContent32) -> Any:
    return value.to_dict()
