"""components models: WorkflowRunEvals4Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals71 import WorkflowRunRelatedEntities4Evals71
from .workflowrunrelatedentities4evals72 import WorkflowRunRelatedEntities4Evals72
from .workflowrunrelatedentities4evals73 import WorkflowRunRelatedEntities4Evals73
from .workflowrunrelatedentities4evals74 import WorkflowRunRelatedEntities4Evals74

__all__ = [
    "WorkflowRunEvals4Evals7RelatedEntities",
    "decode_workflow_run_evals4_evals7_related_entities",
    "encode_workflow_run_evals4_evals7_related_entities",
]


WorkflowRunEvals4Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals71,
    WorkflowRunRelatedEntities4Evals72,
    WorkflowRunRelatedEntities4Evals73,
    WorkflowRunRelatedEntities4Evals74,
]
""""""


def decode_workflow_run_evals4_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities4Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities4Evals71.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals72.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals73.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities4Evals74.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals7_related_entities(
    value: WorkflowRunEvals4Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
