"""components models: WorkflowRunEvals4Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals41 import WorkflowRunRelatedEntities4Evals41
from .workflowrunrelatedentities4evals42 import WorkflowRunRelatedEntities4Evals42
from .workflowrunrelatedentities4evals43 import WorkflowRunRelatedEntities4Evals43
from .workflowrunrelatedentities4evals44 import WorkflowRunRelatedEntities4Evals44

__all__ = [
    "WorkflowRunEvals4Evals4RelatedEntities",
    "decode_workflow_run_evals4_evals4_related_entities",
    "encode_workflow_run_evals4_evals4_related_entities",
]


WorkflowRunEvals4Evals4RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals41,
    WorkflowRunRelatedEntities4Evals42,
    WorkflowRunRelatedEntities4Evals43,
    WorkflowRunRelatedEntities4Evals44,
]
""""""


def decode_workflow_run_evals4_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals41.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals42.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals43.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals44.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals4_related_entities(
    value: WorkflowRunEvals4Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
