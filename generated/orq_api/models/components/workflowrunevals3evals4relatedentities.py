"""components models: WorkflowRunEvals3Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals41 import WorkflowRunRelatedEntities3Evals41
from .workflowrunrelatedentities3evals42 import WorkflowRunRelatedEntities3Evals42
from .workflowrunrelatedentities3evals43 import WorkflowRunRelatedEntities3Evals43
from .workflowrunrelatedentities3evals44 import WorkflowRunRelatedEntities3Evals44

__all__ = [
    "WorkflowRunEvals3Evals4RelatedEntities",
    "decode_workflow_run_evals3_evals4_related_entities",
    "encode_workflow_run_evals3_evals4_related_entities",
]


WorkflowRunEvals3Evals4RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals41,
    WorkflowRunRelatedEntities3Evals42,
    WorkflowRunRelatedEntities3Evals43,
    WorkflowRunRelatedEntities3Evals44,
]
""""""


def decode_workflow_run_evals3_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals41.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals42.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals43.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals44.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_evals4_related_entities(
    value: WorkflowRunEvals3Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
