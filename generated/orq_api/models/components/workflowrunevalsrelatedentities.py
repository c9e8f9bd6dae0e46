"""components models: WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals1 import WorkflowRunRelatedEntities1Evals1
from .workflowrunrelatedentities1evals2 import WorkflowRunRelatedEntities1Evals2
from .workflowrunrelatedentities1evals3 import WorkflowRunRelatedEntities1Evals3
from .workflowrunrelatedentities1evals4 import WorkflowRunRelatedEntities1Evals4

__all__ = [
    "WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_evals_related_entities",
    "encode_workflow_run_evals_related_entities",
]


WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals1,
    WorkflowRunRelatedEntities1Evals2,
    WorkflowRunRelatedEntities1Evals3,
    WorkflowRunRelatedEntities1Evals4,
]
""""""


def decode_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1Evals1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals3.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals4.from_dict, data),
        ]
    )


def encode_workflow_run_evals_related_entities(
    value: WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
