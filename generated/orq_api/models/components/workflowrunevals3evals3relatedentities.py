"""components models: WorkflowRunEvals3Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals31 import WorkflowRunRelatedEntities3Evals31
from .workflowrunrelatedentities3evals32 import WorkflowRunRelatedEntities3Evals32
from .workflowrunrelatedentities3evals33 import WorkflowRunRelatedEntities3Evals33
from .workflowrunrelatedentities3evals34 import WorkflowRunRelatedEntities3Evals34

__all__ = [
    "WorkflowRunEvals3Evals3RelatedEntities",
    "decode_workflow_run_evals3_evals3_related_entities",
    "encode_workflow_run_evals3_evals3_related_entities",
]


WorkflowRunEvals3Evals3RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals31,
    WorkflowRunRelatedEntities3Evals32,
    WorkflowRunRelatedEntities3Evals33,
    WorkflowRunRelatedEntities3Evals34,
]
""""""


def decode_workflow_run_evals3_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals31.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals32.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals33.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals34.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_evals3_related_entities(
    value: WorkflowRunEvals3Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
