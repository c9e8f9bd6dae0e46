"""components models: WorkflowRunEvals3Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals51 import WorkflowRunRelatedEntities3Evals51
from .workflowrunrelatedentities3evals52 import WorkflowRunRelatedEntities3Evals52
from .workflowrunrelatedentities3evals53 import WorkflowRunRelatedEntities3Evals53
from .workflowrunrelatedentities3evals54 import WorkflowRunRelatedEntities3Evals54

__all__ = [
    "WorkflowRunEvals3Evals5RelatedEntities",
    "decode_workflow_run_evals3_evals5_related_entities",
    "encode_workflow_run_evals3_evals5_related_entities",
]


WorkflowRunEvals3Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals51,
    WorkflowRunRelatedEntities3Evals52,
    WorkflowRunRelatedEntities3Evals53,
    WorkflowRunRelatedEntities3Evals54,
]
""""""


def decode_workflow_run_evals3_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals51.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals52.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals53.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals54.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_evals5_related_entities(
    value: WorkflowRunEvals3Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
