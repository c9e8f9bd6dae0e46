"""components models: WorkflowRunEvals1EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals41 import WorkflowRunRelatedEntities1Evals41
from .workflowrunrelatedentities1evals42 import WorkflowRunRelatedEntities1Evals42
from .workflowrunrelatedentities1evals43 import WorkflowRunRelatedEntities1Evals43
from .workflowrunrelatedentities1evals44 import WorkflowRunRelatedEntities1Evals44

__all__ = [
    "WorkflowRunEvals1EvalsRelatedEntities",
    "decode_workflow_run_evals1_evals_related_entities",
    "encode_workflow_run_evals1_evals_related_entities",
]


WorkflowRunEvals1EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals41,
    WorkflowRunRelatedEntities1Evals42,
    WorkflowRunRelatedEntities1Evals43,
    WorkflowRunRelatedEntities1Evals44,
]
""""""


def decode_workflow_run_evals1_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals1EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1Evals41.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals42.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals43.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals44.from_dict, data),
        ]
    )


def encode_workflow_run_evals1_evals_related_entities(
    value: WorkflowRunEvals1EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
