"""components models: WorkflowRunEvals1RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals31 import WorkflowRunRelatedEntities1Evals31
from .workflowrunrelatedentities1evals32 import WorkflowRunRelatedEntities1Evals32
from .workflowrunrelatedentities1evals33 import WorkflowRunRelatedEntities1Evals33
from .workflowrunrelatedentities1evals34 import WorkflowRunRelatedEntities1Evals34

__all__ = [
    "WorkflowRunEvals1RelatedEntities",
    "decode_workflow_run_evals1_related_entities",
    "encode_workflow_run_evals1_related_entities",
]


WorkflowRunEvals1RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals31,
    WorkflowRunRelatedEntities1Evals32,
    WorkflowRunRelatedEntities1Evals33,
    WorkflowRunRelatedEntities1Evals34,
]
""""""


def decode_workflow_run_evals1_related_entities(
    data: Any,
) -> WorkflowRunEvals1RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1Evals31.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals32.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals33.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals34.from_dict, data),
        ]
    )


def encode_workflow_run_evals1_related_entities(
    value: WorkflowRunEvals1RelatedEntities,
) -> Any:
    return value.to_dict()
