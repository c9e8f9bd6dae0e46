"""components models: WorkflowRunEvals3Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals71 import WorkflowRunRelatedEntities3Evals71
from .workflowrunrelatedentities3evals72 import WorkflowRunRelatedEntities3Evals72
from .workflowrunrelatedentities3evals73 import WorkflowRunRelatedEntities3Evals73
from .workflowrunrelatedentities3evals74 import WorkflowRunRelatedEntities3Evals74

__all__ = [
    "WorkflowRunEvals3Evals7RelatedEntities",
    "decode_workflow_run_evals3_evals7_related_entities",
    "encode_workflow_run_evals3_evals7_related_entities",
]


WorkflowRunEvals3Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals71,
    WorkflowRunRelatedEntities3Evals72,
    WorkflowRunRelatedEntities3Evals73,
    WorkflowRunRelatedEntities3Evals74,
]
""""""


def decode_workflow_run_evals3_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals71.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals72.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals73.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals74.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_evals7_related_entities(
    value: WorkflowRunEvals3Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
