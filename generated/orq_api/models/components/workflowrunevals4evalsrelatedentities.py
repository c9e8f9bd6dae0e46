"""components models: WorkflowRunEvals4EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals21 import WorkflowRunRelatedEntities4Evals21
from .workflowrunrelatedentities4evals22 import WorkflowRunRelatedEntities4Evals22
from .workflowrunrelatedentities4evals23 import WorkflowRunRelatedEntities4Evals23
from .workflowrunrelatedentities4evals24 import WorkflowRunRelatedEntities4Evals24

__all__ = [
    "WorkflowRunEvals4EvalsRelatedEntities",
    "decode_workflow_run_evals4_evals_related_entities",
    "encode_workflow_run_evals4_evals_related_entities",
]


WorkflowRunEvals4EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals21,
    WorkflowRunRelatedEntities4Evals22,
    WorkflowRunRelatedEntities4Evals23,
    WorkflowRunRelatedEntities4Evals24,
]
""""""


def decode_workflow_run_evals4_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals4EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals22.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals23.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals24.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals21.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals22.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals23.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals24.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals_related_entities(
    value: WorkflowRunEvals4EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
