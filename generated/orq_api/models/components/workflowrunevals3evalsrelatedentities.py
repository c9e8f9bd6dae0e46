"""components models: WorkflowRunEvals3EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals21 import WorkflowRunRelatedEntities3Evals21
from .workflowrunrelatedentities3evals22 import WorkflowRunRelatedEntities3Evals22
from .workflowrunrelatedentities3evals23 import WorkflowRunRelatedEntities3Evals23
from .workflowrunrelatedentities3evals4 import WorkflowRunRelatedEntities3Evals4

__all__ = [
    "WorkflowRunEvals3EvalsRelatedEntities",
    "decode_workflow_run_evals3_evals_related_entities",
    "encode_workflow_run_evals3_evals_related_entities",
]


WorkflowRunEvals3EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals21,
    WorkflowRunRelatedEntities3Evals22,
    WorkflowRunRelatedEntities3Evals23,
    WorkflowRunRelatedEntities3Evals4,
]
""""""


def decode_workflow_run_evals3_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals3EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals22.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals23.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals21.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals22.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals23.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals4.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_evals_related_entities(
    value: WorkflowRunEvals3EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
