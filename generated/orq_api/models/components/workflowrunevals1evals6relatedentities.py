"""components models: WorkflowRunEvals1Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities1evals61 import WorkflowRunRelatedEntities1Evals61
from .workflowrunrelatedentities1evals62 import WorkflowRunRelatedEntities1Evals62
from .workflowrunrelatedentities1evals63 import WorkflowRunRelatedEntities1Evals63
from .workflowrunrelatedentities1evals64 import WorkflowRunRelatedEntities1Evals64

WorkflowRunEvals1Evals6RelatedEntities = Union[
    "WorkflowRunRelatedEntities1Evals61",
    "WorkflowRunRelatedEntities1Evals62",
    "WorkflowRunRelatedEntities1Evals63",
    "WorkflowRunRelatedEntities1Evals64",
]
""""""


def decode_workflow_run_evals1_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals6RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities1Evals61.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals62.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals63.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities1Evals64.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_evals1_evals6_related_entities(
    value: WorkflowRunEvals1Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
