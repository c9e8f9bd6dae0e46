"""components models: WorkflowRunEvals3EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities3evals21 import WorkflowRunRelatedEntities3Evals21
from .workflowrunrelatedentities3evals22 import WorkflowRunRelatedEntities3Evals22
from .workflowrunrelatedentities3evals23 import WorkflowRunRelatedEntities3Evals23
from .workflowrunrelatedentities3evals4 import WorkflowRunRelatedEntities3Evals4

WorkflowRunEvals3EvalsRelatedEntities = Union[
    "WorkflowRunRelatedEntities3Evals21",
    "WorkflowRunRelatedEntities3Evals22",
    "WorkflowRunRelatedEntities3Evals23",
    "WorkflowRunRelatedEntities3Evals4",
]
""""""


def decode_workflow_run_evals3_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals3EvalsRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities3Evals21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals23.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals3_evals_related_entities(
    value: WorkflowRunEvals3EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
