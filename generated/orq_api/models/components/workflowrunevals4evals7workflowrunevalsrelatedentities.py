"""components models: WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals7workflowrun1 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRun1,
)
from .workflowrunrelatedentities4evals7workflowrun2 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRun2,
)
from .workflowrunrelatedentities4evals7workflowrun3 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRun3,
)
from .workflowrunrelatedentities4evals7workflowrun4 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRun4,
)

__all__ = [
    "WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_evals4_evals7_workflow_run_evals_related_entities",
    "encode_workflow_run_evals4_evals7_workflow_run_evals_related_entities",
]


WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals7WorkflowRun1,
    WorkflowRunRelatedEntities4Evals7WorkflowRun2,
    WorkflowRunRelatedEntities4Evals7WorkflowRun3,
    WorkflowRunRelatedEntities4Evals7WorkflowRun4,
]
""""""


def decode_workflow_run_evals4_evals7_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals7WorkflowRun1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals7WorkflowRun2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals7WorkflowRun3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals7WorkflowRun4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals7WorkflowRun1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals7WorkflowRun2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals7WorkflowRun3.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals7WorkflowRun4.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals7_workflow_run_evals_related_entities(
    value: WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
