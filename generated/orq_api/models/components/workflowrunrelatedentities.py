"""components models: WorkflowRunRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities1 import WorkflowRunRelatedEntities1
from .workflowrunrelatedentities2 import WorkflowRunRelatedEntities2
from .workflowrunrelatedentities3 import WorkflowRunRelatedEntities3

WorkflowRunRelatedEntities = Union[
    "WorkflowRunRelatedEntities1",
    "WorkflowRunRelatedEntities2",
    "WorkflowRunRelatedEntities3",
]
""""""


def decode_workflow_run_related_entities(data: Any) -> WorkflowRunRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_related_entities(value: WorkflowRunRelatedEntities) -> Any:
    return value.to_dict()
