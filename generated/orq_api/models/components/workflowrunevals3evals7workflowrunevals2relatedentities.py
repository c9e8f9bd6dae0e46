"""components models: WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities3evals7workflowrunevals1 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals1,
)
from .workflowrunrelatedentities3evals7workflowrunevals2 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals2,
)
from .workflowrunrelatedentities3evals7workflowrunevals3 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals3,
)
from .workflowrunrelatedentities3evals7workflowrunevals4 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals4,
)

WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities = Union[
    "WorkflowRunRelatedEntities3Evals7WorkflowRunEvals1",
    "WorkflowRunRelatedEntities3Evals7WorkflowRunEvals2",
    "WorkflowRunRelatedEntities3Evals7WorkflowRunEvals3",
    "WorkflowRunRelatedEntities3Evals7WorkflowRunEvals4",
]
""""""


def decode_workflow_run_evals3_evals7_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals3_evals7_workflow_run_evals2_related_entities(
    value: WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
