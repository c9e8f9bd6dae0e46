"""components models: WorkflowRunEvals1Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals51 import WorkflowRunRelatedEntities1Evals51
from .workflowrunrelatedentities1evals52 import WorkflowRunRelatedEntities1Evals52
from .workflowrunrelatedentities1evals53 import WorkflowRunRelatedEntities1Evals53
from .workflowrunrelatedentities1evals54 import WorkflowRunRelatedEntities1Evals54

__all__ = [
    "WorkflowRunEvals1Evals5RelatedEntities",
    "decode_workflow_run_evals1_evals5_related_entities",
    "encode_workflow_run_evals1_evals5_related_entities",
]


WorkflowRunEvals1Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals51,
    WorkflowRunRelatedEntities1Evals52,
    WorkflowRunRelatedEntities1Evals53,
    WorkflowRunRelatedEntities1Evals54,
]
""""""


def decode_workflow_run_evals1_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1Evals51.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals52.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals53.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals54.from_dict, data),
        ]
    )


def encode_workflow_run_evals1_evals5_related_entities(
    value: WorkflowRunEvals1Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
