"""components models: WorkflowRun3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities31 import WorkflowRunRelatedEntities31
from .workflowrunrelatedentities32 import WorkflowRunRelatedEntities32
from .workflowrunrelatedentities33 import WorkflowRunRelatedEntities33
from .workflowrunrelatedentities4 import WorkflowRunRelatedEntities4

__all__ = [
    "WorkflowRun3RelatedEntities",
    "decode_workflow_run3_related_entities",
    "encode_workflow_run3_related_entities",
]


WorkflowRun3RelatedEntities = Union[
    WorkflowRunRelatedEntities31,
    WorkflowRunRelatedEntities32,
    WorkflowRunRelatedEntities33,
    WorkflowRunRelatedEntities4,
]
""""""


def decode_workflow_run3_related_entities(data: Any) -> WorkflowRun3RelatedEntities:
    if type(data) is dict and "type" in data and "playground_id" in data:
        try:
            return WorkflowRunRelatedEntities31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "playground_block_id" in data:
        try:
            return WorkflowRunRelatedEntities32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "playground_completion_id" in data:
        try:
            return WorkflowRunRelatedEntities33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities31.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities32.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities33.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4.from_dict, data),
        ]
    )


def encode_workflow_run3_related_entities(value: WorkflowRun3RelatedEntities) -> Any:
    return value.to_dict()
