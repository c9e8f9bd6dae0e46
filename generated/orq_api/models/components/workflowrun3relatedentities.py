"""components models: WorkflowRun3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities31 import WorkflowRunRelatedEntities31
from .workflowrunrelatedentities32 import WorkflowRunRelatedEntities32
from .workflowrunrelatedentities33 import WorkflowRunRelatedEntities33
from .workflowrunrelatedentities4 import WorkflowRunRelatedEntities4

WorkflowRun3RelatedEntities = Union[
    "WorkflowRunRelatedEntities31",
    "WorkflowRunRelatedEntities32",
    "WorkflowRunRelatedEntities33",
    "WorkflowRunRelatedEntities4",
]
""""""


def decode_workflow_run3_related_entities(data: Any) -> WorkflowRun3RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run3_related_entities(value: WorkflowRun3RelatedEntities) -> Any:
    return value.to_dict()
