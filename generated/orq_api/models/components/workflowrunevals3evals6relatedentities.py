"""components models: WorkflowRunEvals3Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals61 import WorkflowRunRelatedEntities3Evals61
from .workflowrunrelatedentities3evals62 import WorkflowRunRelatedEntities3Evals62
from .workflowrunrelatedentities3evals63 import WorkflowRunRelatedEntities3Evals63
from .workflowrunrelatedentities3evals64 import WorkflowRunRelatedEntities3Evals64

__all__ = [
    "WorkflowRunEvals3Evals6RelatedEntities",
    "decode_workflow_run_evals3_evals6_related_entities",
    "encode_workflow_run_evals3_evals6_related_entities",
]


WorkflowRunEvals3Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals61,
    WorkflowRunRelatedEntities3Evals62,
    WorkflowRunRelatedEntities3Evals63,
    WorkflowRunRelatedEntities3Evals64,
]
""""""


def decode_workflow_run_evals3_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities3Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities3Evals61.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals62.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals63.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3Evals64.from_dict, data),
        ]
    )


def encode_workflow_run_evals3_evals6_related_entities(
    value: WorkflowRunEvals3Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
