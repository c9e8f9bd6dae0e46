"""components models: WorkflowRunEvals4Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals31 import WorkflowRunRelatedEntities4Evals31
from .workflowrunrelatedentities4evals32 import WorkflowRunRelatedEntities4Evals32
from .workflowrunrelatedentities4evals33 import WorkflowRunRelatedEntities4Evals33
from .workflowrunrelatedentities4evals34 import WorkflowRunRelatedEntities4Evals34

__all__ = [
    "WorkflowRunEvals4Evals3RelatedEntities",
    "decode_workflow_run_evals4_evals3_related_entities",
    "encode_workflow_run_evals4_evals3_related_entities",
]


WorkflowRunEvals4Evals3RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals31,
    WorkflowRunRelatedEntities4Evals32,
    WorkflowRunRelatedEntities4Evals33,
    WorkflowRunRelatedEntities4Evals34,
]
""""""


def decode_workflow_run_evals4_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals31.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals32.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals33.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals34.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals3_related_entities(
    value: WorkflowRunEvals4Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
