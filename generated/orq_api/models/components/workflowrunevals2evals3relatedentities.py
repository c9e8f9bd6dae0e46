"""components models: WorkflowRunEvals2Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals31 import WorkflowRunRelatedEntities2Evals31
from .workflowrunrelatedentities2evals32 import WorkflowRunRelatedEntities2Evals32
from .workflowrunrelatedentities2evals33 import WorkflowRunRelatedEntities2Evals33
from .workflowrunrelatedentities2evals34 import WorkflowRunRelatedEntities2Evals34

__all__ = [
    "WorkflowRunEvals2Evals3RelatedEntities",
    "decode_workflow_run_evals2_evals3_related_entities",
    "encode_workflow_run_evals2_evals3_related_entities",
]


WorkflowRunEvals2Evals3RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals31,
    WorkflowRunRelatedEntities2Evals32,
    WorkflowRunRelatedEntities2Evals33,
    WorkflowRunRelatedEntities2Evals34,
]
""""""


def decode_workflow_run_evals2_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals31.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals32.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals33.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals34.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals3_related_entities(
    value: WorkflowRunEvals2Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
