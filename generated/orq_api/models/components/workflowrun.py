"""components models: WorkflowRun"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrun1 import WorkflowRun1
from .workflowrun2 import WorkflowRun2
from .workflowrun3 import WorkflowRun3
from .workflowrun4 import WorkflowRun4

WorkflowRun = Union["WorkflowRun1", "WorkflowRun2", "WorkflowRun3", "WorkflowRun4"]
"""The schema for a workflow run"""


def decode_workflow_run(data: Any) -> WorkflowRun:
    errors: List[ValidationError] = []
    try:
        return WorkflowRun1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRun2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRun3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRun4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run(value: WorkflowRun) -> Any:
    return value.to_dict()
