"""components models: WorkflowRunEvals3Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities3evals31 import WorkflowRunRelatedEntities3Evals31
from .workflowrunrelatedentities3evals32 import WorkflowRunRelatedEntities3Evals32
from .workflowrunrelatedentities3evals33 import WorkflowRunRelatedEntities3Evals33
from .workflowrunrelatedentities3evals34 import WorkflowRunRelatedEntities3Evals34

WorkflowRunEvals3Evals3RelatedEntities = Union[
    "WorkflowRunRelatedEntities3Evals31",
    "WorkflowRunRelatedEntities3Evals32",
    "WorkflowRunRelatedEntities3Evals33",
    "WorkflowRunRelatedEntities3Evals34",
]
""""""


def decode_workflow_run_evals3_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals3RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities3Evals31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals3_evals3_related_entities(
    value: WorkflowRunEvals3Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
