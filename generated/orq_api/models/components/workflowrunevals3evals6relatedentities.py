"""components models: WorkflowRunEvals3Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities3evals61 import WorkflowRunRelatedEntities3Evals61
from .workflowrunrelatedentities3evals62 import WorkflowRunRelatedEntities3Evals62
from .workflowrunrelatedentities3evals63 import WorkflowRunRelatedEntities3Evals63
from .workflowrunrelatedentities3evals64 import WorkflowRunRelatedEntities3Evals64

WorkflowRunEvals3Evals6RelatedEntities = Union[
    "WorkflowRunRelatedEntities3Evals61",
    "WorkflowRunRelatedEntities3Evals62",
    "WorkflowRunRelatedEntities3Evals63",
    "WorkflowRunRelatedEntities3Evals64",
]
""""""


def decode_workflow_run_evals3_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals6RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities3Evals61.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals62.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals63.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities3Evals64.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals3_evals6_related_entities(
    value: WorkflowRunEvals3Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
