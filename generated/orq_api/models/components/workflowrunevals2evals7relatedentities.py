"""components models: WorkflowRunEvals2Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals71 import WorkflowRunRelatedEntities2Evals71
from .workflowrunrelatedentities2evals72 import WorkflowRunRelatedEntities2Evals72
from .workflowrunrelatedentities2evals73 import WorkflowRunRelatedEntities2Evals73
from .workflowrunrelatedentities2evals74 import WorkflowRunRelatedEntities2Evals74

__all__ = [
    "WorkflowRunEvals2Evals7RelatedEntities",
    "decode_workflow_run_evals2_evals7_related_entities",
    "encode_workflow_run_evals2_evals7_related_entities",
]


WorkflowRunEvals2Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals71,
    WorkflowRunRelatedEntities2Evals72,
    WorkflowRunRelatedEntities2Evals73,
    WorkflowRunRelatedEntities2Evals74,
]
""""""


def decode_workflow_run_evals2_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals71.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals72.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals73.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals74.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals7_related_entities(
    value: WorkflowRunEvals2Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
