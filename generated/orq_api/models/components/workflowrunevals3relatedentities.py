"""components models: WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities34 import WorkflowRunRelatedEntities34
from .workflowrunrelatedentities3evals1 import WorkflowRunRelatedEntities3Evals1
from .workflowrunrelatedentities3evals2 import WorkflowRunRelatedEntities3Evals2
from .workflowrunrelatedentities3evals3 import WorkflowRunRelatedEntities3Evals3

__all__ = [
    "WorkflowRunEvals3RelatedEntities",
    "decode_workflow_run_evals3_related_entities",
    "encode_workflow_run_evals3_related_entities",
]


WorkflowRunEvals3RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals1,
    WorkflowRunRelatedEntities3Evals2,
    WorkflowRunRelatedEntities3Evals3,
    WorkflowRunRelatedEntities34,
]
""""""


def decode_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals3.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities34.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_related_entities(
    value: WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
