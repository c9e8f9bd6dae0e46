"""components models: WorkflowRunEvals2Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals41 import WorkflowRunRelatedEntities2Evals41
from .workflowrunrelatedentities2evals42 import WorkflowRunRelatedEntities2Evals42
from .workflowrunrelatedentities2evals43 import WorkflowRunRelatedEntities2Evals43
from .workflowrunrelatedentities2evals44 import WorkflowRunRelatedEntities2Evals44

__all__ = [
    "WorkflowRunEvals2Evals4RelatedEntities",
    "decode_workflow_run_evals2_evals4_related_entities",
    "encode_workflow_run_evals2_evals4_related_entities",
]


WorkflowRunEvals2Evals4RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals41,
    WorkflowRunRelatedEntities2Evals42,
    WorkflowRunRelatedEntities2Evals43,
    WorkflowRunRelatedEntities2Evals44,
]
""""""


def decode_workflow_run_evals2_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals41.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals42.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals43.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals44.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals4_related_entities(
    value: WorkflowRunEvals2Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
