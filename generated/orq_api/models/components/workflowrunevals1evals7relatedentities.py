"""components models: WorkflowRunEvals1Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals71 import WorkflowRunRelatedEntities1Evals71
from .workflowrunrelatedentities1evals72 import WorkflowRunRelatedEntities1Evals72
from .workflowrunrelatedentities1evals73 import WorkflowRunRelatedEntities1Evals73
from .workflowrunrelatedentities1evals74 import WorkflowRunRelatedEntities1Evals74

__all__ = [
    "WorkflowRunEvals1Evals7RelatedEntities",
    "decode_workflow_run_evals1_evals7_related_entities",
    "encode_workflow_run_evals1_evals7_related_entities",
]


WorkflowRunEvals1Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals71,
    WorkflowRunRelatedEntities1Evals72,
    WorkflowRunRelatedEntities1Evals73,
    WorkflowRunRelatedEntities1Evals74,
]
""""""


def decode_workflow_run_evals1_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1Evals71.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals72.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals73.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals74.from_dict, data),
        ]
    )


def encode_workflow_run_evals1_evals7_related_entities(
    value: WorkflowRunEvals1Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
