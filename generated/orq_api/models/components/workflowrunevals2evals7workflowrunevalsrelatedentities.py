"""components models: WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals7workflowrun1 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun1,
)
from .workflowrunrelatedentities2evals7workflowrun2 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun2,
)
from .workflowrunrelatedentities2evals7workflowrun3 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun3,
)
from .workflowrunrelatedentities2evals7workflowrun4 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun4,
)

__all__ = [
    "WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_evals2_evals7_workflow_run_evals_related_entities",
    "encode_workflow_run_evals2_evals7_workflow_run_evals_related_entities",
]


WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals7WorkflowRun1,
    WorkflowRunRelatedEntities2Evals7WorkflowRun2,
    WorkflowRunRelatedEntities2Evals7WorkflowRun3,
    WorkflowRunRelatedEntities2Evals7WorkflowRun4,
]
""""""


def decode_workflow_run_evals2_evals7_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRun1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRun2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRun3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRun4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals7WorkflowRun1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals7WorkflowRun2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals7WorkflowRun3.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals7WorkflowRun4.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals7_workflow_run_evals_related_entities(
    value: WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
