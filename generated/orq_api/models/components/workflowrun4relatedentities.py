"""components models: WorkflowRun4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities41 import WorkflowRunRelatedEntities41
from .workflowrunrelatedentities42 import WorkflowRunRelatedEntities42
from .workflowrunrelatedentities43 import WorkflowRunRelatedEntities43
from .workflowrunrelatedentities44 import WorkflowRunRelatedEntities44
from .workflowrunrelatedentities5 import WorkflowRunRelatedEntities5

WorkflowRun4RelatedEntities = Union[
    "WorkflowRunRelatedEntities41",
    "WorkflowRunRelatedEntities42",
    "WorkflowRunRelatedEntities43",
    "WorkflowRunRelatedEntities44",
    "WorkflowRunRelatedEntities5",
]
""""""


def decode_workflow_run4_related_entities(data: Any) -> WorkflowRun4RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities43.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities44.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities5.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run4_related_entities(value: WorkflowRun4RelatedEntities) -> Any:
    return value.to_dict()
