"""components models: WorkflowRun2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .relatedentities4 import RelatedEntities4
from .relatedentities5 import RelatedEntities5
from .relatedentities6 import RelatedEntities6
from .relatedentities7 import RelatedEntities7
from .workflowrunrelatedentities21 import WorkflowRunRelatedEntities21
from .workflowrunrelatedentities22 import WorkflowRunRelatedEntities22
from .workflowrunrelatedentities23 import WorkflowRunRelatedEntities23

WorkflowRun2RelatedEntities = Union[
    "WorkflowRunRelatedEntities21",
    "WorkflowRunRelatedEntities22",
    "WorkflowRunRelatedEntities23",
    "RelatedEntities4",
    "RelatedEntities5",
    "RelatedEntities6",
    "RelatedEntities7",
]
""""""


def decode_workflow_run2_related_entities(data: Any) -> WorkflowRun2RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunRelatedEntities21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunRelatedEntities23.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RelatedEntities4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RelatedEntities5.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RelatedEntities6.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RelatedEntities7.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run2_related_entities(value: WorkflowRun2RelatedEntities) -> Any:
    return value.to_dict()
