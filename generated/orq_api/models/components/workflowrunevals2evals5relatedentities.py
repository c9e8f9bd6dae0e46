"""components models: WorkflowRunEvals2Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals51 import WorkflowRunRelatedEntities2Evals51
from .workflowrunrelatedentities2evals52 import WorkflowRunRelatedEntities2Evals52
from .workflowrunrelatedentities2evals53 import WorkflowRunRelatedEntities2Evals53
from .workflowrunrelatedentities2evals54 import WorkflowRunRelatedEntities2Evals54

__all__ = [
    "WorkflowRunEvals2Evals5RelatedEntities",
    "decode_workflow_run_evals2_evals5_related_entities",
    "encode_workflow_run_evals2_evals5_related_entities",
]


WorkflowRunEvals2Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals51,
    WorkflowRunRelatedEntities2Evals52,
    WorkflowRunRelatedEntities2Evals53,
    WorkflowRunRelatedEntities2Evals54,
]
""""""


def decode_workflow_run_evals2_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals51.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals52.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals53.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals54.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals5_related_entities(
    value: WorkflowRunEvals2Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
