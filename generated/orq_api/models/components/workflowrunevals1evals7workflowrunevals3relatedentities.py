"""components models: WorkflowRunEvals1Evals7WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities1evals7workflowrunevals31 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals31,
)
from .workflowrunrelatedentities1evals7workflowrunevals32 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals32,
)
from .workflowrunrelatedentities1evals7workflowrunevals33 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals33,
)
from .workflowrunrelatedentities1evals7workflowrunevals34 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals34,
)

WorkflowRunEvals1Evals7WorkflowRunEvals3RelatedEntities = Union[
    "WorkflowRunRelatedEntities1Evals7WorkflowRunEvals31",
    "WorkflowRunRelatedEntities1Evals7WorkflowRunEvals32",
    "WorkflowRunRelatedEntities1Evals7WorkflowRunEvals33",
    "WorkflowRunRelatedEntities1Evals7WorkflowRunEvals34",
]
""""""


def decode_workflow_run_evals1_evals7_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals7WorkflowRunEvals3RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals1_evals7_workflow_run_evals3_related_entities(
    value: WorkflowRunEvals1Evals7WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
