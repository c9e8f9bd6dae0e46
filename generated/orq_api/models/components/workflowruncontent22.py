"""components models: WorkflowRunContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrun221 import WorkflowRun221
from .workflowrun222 import WorkflowRun222

WorkflowRunContent22 = Union["WorkflowRun221", "WorkflowRun222"]
""""""


def decode_workflow_run_content22(data: Any) -> WorkflowRunContent22:
    errors: List[ValidationError] = []
    try:
        return WorkflowRun221.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRun222.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_content22(value: WorkflowRunContent22) -> Any:
    return value.to_dict()
