"""components models: WorkflowRunEvals2EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals21 import WorkflowRunRelatedEntities2Evals21
from .workflowrunrelatedentities2evals22 import WorkflowRunRelatedEntities2Evals22
from .workflowrunrelatedentities2evals23 import WorkflowRunRelatedEntities2Evals23
from .workflowrunrelatedentities2evals4 import WorkflowRunRelatedEntities2Evals4

__all__ = [
    "WorkflowRunEvals2EvalsRelatedEntities",
    "decode_workflow_run_evals2_evals_related_entities",
    "encode_workflow_run_evals2_evals_related_entities",
]


WorkflowRunEvals2EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals21,
    WorkflowRunRelatedEntities2Evals22,
    WorkflowRunRelatedEntities2Evals23,
    WorkflowRunRelatedEntities2Evals4,
]
""""""


def decode_workflow_run_evals2_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals2EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals22.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals23.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals21.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals22.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals23.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals4.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals_related_entities(
    value: WorkflowRunEvals2EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
