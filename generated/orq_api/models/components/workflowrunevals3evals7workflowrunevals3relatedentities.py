"""components models: WorkflowRunEvals3Evals7WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals7workflowrunevals31 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals31,
)
from .workflowrunrelatedentities3evals7workflowrunevals32 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals32,
)
from .workflowrunrelatedentities3evals7workflowrunevals33 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals33,
)
from .workflowrunrelatedentities3evals7workflowrunevals34 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals34,
)

__all__ = [
    "WorkflowRunEvals3Evals7WorkflowRunEvals3RelatedEntities",
    "decode_workflow_run_evals3_evals7_workflow_run_evals3_related_entities",
    "encode_workflow_run_evals3_evals7_workflow_run_evals3_related_entities",
]


WorkflowRunEvals3Evals7WorkflowRunEvals3RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals31,
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals32,
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals33,
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals34,
]
""""""


def decode_workflow_run_evals3_evals7_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals7WorkflowRunEvals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunRelatedEntities3Evals7WorkflowRunEvals31.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities3Evals7WorkflowRunEvals32.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities3Evals7WorkflowRunEvals33.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities3Evals7WorkflowRunEvals34.from_dict, data
            ),
        ]
    )


def encode_workflow_run_evals3_evals7_workflow_run_evals3_related_entities(
    value: WorkflowRunEvals3Evals7WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
