"""components models: WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals1 import WorkflowRunRelatedEntities4Evals1
from .workflowrunrelatedentities4evals2 import WorkflowRunRelatedEntities4Evals2
from .workflowrunrelatedentities4evals3 import WorkflowRunRelatedEntities4Evals3
from .workflowrunrelatedentities4evals4 import WorkflowRunRelatedEntities4Evals4

__all__ = [
    "WorkflowRunEvals4RelatedEntities",
    "decode_workflow_run_evals4_related_entities",
    "encode_workflow_run_evals4_related_entities",
]


WorkflowRunEvals4RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals1,
    WorkflowRunRelatedEntities4Evals2,
    WorkflowRunRelatedEntities4Evals3,
    WorkflowRunRelatedEntities4Evals4,
]
""""""


def decode_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals3.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals4.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_related_entities(
    value: WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
