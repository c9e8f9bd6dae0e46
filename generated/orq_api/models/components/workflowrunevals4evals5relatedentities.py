"""components models: WorkflowRunEvals4Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals51 import WorkflowRunRelatedEntities4Evals51
from .workflowrunrelatedentities4evals52 import WorkflowRunRelatedEntities4Evals52
from .workflowrunrelatedentities4evals53 import WorkflowRunRelatedEntities4Evals53
from .workflowrunrelatedentities4evals54 import WorkflowRunRelatedEntities4Evals54

__all__ = [
    "WorkflowRunEvals4Evals5RelatedEntities",
    "decode_workflow_run_evals4_evals5_related_entities",
    "encode_workflow_run_evals4_evals5_related_entities",
]


WorkflowRunEvals4Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals51,
    WorkflowRunRelatedEntities4Evals52,
    WorkflowRunRelatedEntities4Evals53,
    WorkflowRunRelatedEntities4Evals54,
]
""""""


def decode_workflow_run_evals4_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals51.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals52.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals53.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals54.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals5_related_entities(
    value: WorkflowRunEvals4Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
