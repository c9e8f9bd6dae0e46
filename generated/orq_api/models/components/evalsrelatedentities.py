"""components models: EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunrelatedentities11 import WorkflowRunRelatedEntities11
from .workflowrunrelatedentities12 import WorkflowRunRelatedEntities12
from .workflowrunrelatedentities13 import WorkflowRunRelatedEntities13
from .workflowrunrelatedentities14 import WorkflowRunRelatedEntities14

EvalsRelatedEntities = Union[
    "WorkflowRunRelatedEntities11",
    "WorkflowRunRelatedEntities12",
    "WorkflowRunRelatedEntities13",
    "WorkflowRunRelatedEntities14",
]
""""""


def decode_evals_related_entities(data: Any) -> EvalsRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities11.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities12.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities13.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities14.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_evals_related_entities(value: EvalsRelatedEntities) -> Any:
    return value.to_dict()
