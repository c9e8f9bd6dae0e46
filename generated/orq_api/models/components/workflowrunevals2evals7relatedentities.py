"""components models: WorkflowRunEvals2Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities2evals71 import WorkflowRunRelatedEntities2Evals71
from .workflowrunrelatedentities2evals72 import WorkflowRunRelatedEntities2Evals72
from .workflowrunrelatedentities2evals73 import WorkflowRunRelatedEntities2Evals73
from .workflowrunrelatedentities2evals74 import WorkflowRunRelatedEntities2Evals74

WorkflowRunEvals2Evals7RelatedEntities = Union[
    "WorkflowRunRelatedEntities2Evals71",
    "WorkflowRunRelatedEntities2Evals72",
    "WorkflowRunRelatedEntities2Evals73",
    "WorkflowRunRelatedEntities2Evals74",
]
""""""


def decode_workflow_run_evals2_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals7RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities2Evals71.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities2Evals72.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities2Evals73.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities2Evals74.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals2_evals7_related_entities(
    value: WorkflowRunEvals2Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
