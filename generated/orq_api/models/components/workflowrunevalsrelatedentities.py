"""components models: WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities1evals1 import WorkflowRunRelatedEntities1Evals1
from .workflowrunrelatedentities1evals2 import WorkflowRunRelatedEntities1Evals2
from .workflowrunrelatedentities1evals3 import WorkflowRunRelatedEntities1Evals3
from .workflowrunrelatedentities1evals4 import WorkflowRunRelatedEntities1Evals4

WorkflowRunEvalsRelatedEntities = Union[
    "WorkflowRunRelatedEntities1Evals1",
    "WorkflowRunRelatedEntities1Evals2",
    "WorkflowRunRelatedEntities1Evals3",
    "WorkflowRunRelatedEntities1Evals4",
]
""""""


def decode_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvalsRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities1Evals1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals_related_entities(
    value: WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
