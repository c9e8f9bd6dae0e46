"""components models: WorkflowRunEvals1Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities1evals51 import WorkflowRunRelatedEntities1Evals51
from .workflowrunrelatedentities1evals52 import WorkflowRunRelatedEntities1Evals52
from .workflowrunrelatedentities1evals53 import WorkflowRunRelatedEntities1Evals53
from .workflowrunrelatedentities1evals54 import WorkflowRunRelatedEntities1Evals54

WorkflowRunEvals1Evals5RelatedEntities = Union[
    "WorkflowRunRelatedEntities1Evals51",
    "WorkflowRunRelatedEntities1Evals52",
    "WorkflowRunRelatedEntities1Evals53",
    "WorkflowRunRelatedEntities1Evals54",
]
""""""


def decode_workflow_run_evals1_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals5RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities1Evals51.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals52.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals53.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals54.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals1_evals5_related_entities(
    value: WorkflowRunEvals1Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
