"""components models: WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities34 import WorkflowRunRelatedEntities34
from .workflowrunrelatedentities3evals1 import WorkflowRunRelatedEntities3Evals1
from .workflowrunrelatedentities3evals2 import WorkflowRunRelatedEntities3Evals2
from .workflowrunrelatedentities3evals3 import WorkflowRunRelatedEntities3Evals3

WorkflowRunEvals3RelatedEntities = Union[
    "WorkflowRunRelatedEntities3Evals1",
    "WorkflowRunRelatedEntities3Evals2",
    "WorkflowRunRelatedEntities3Evals3",
    "WorkflowRunRelatedEntities34",
]
""""""


def decode_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities3Evals1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals3_related_entities(
    value: WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
