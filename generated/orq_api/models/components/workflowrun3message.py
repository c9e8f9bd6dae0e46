"""components models: WorkflowRun3Message"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunmessage31 import WorkflowRunMessage31
from .workflowrunmessage32 import WorkflowRunMessage32
from .workflowrunmessage33 import WorkflowRunMessage33

WorkflowRun3Message = Union[
    "WorkflowRunMessage31", "WorkflowRunMessage32", "WorkflowRunMessage33"
]
""""""


def decode_workflow_run3_message(data: Any) -> WorkflowRun3Message:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunMessage31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunMessage32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunMessage33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run3_message(value: WorkflowRun3Message) -> Any:
    return value.to_dict()
