"""components models: WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities24 import WorkflowRunRelatedEntities24
from .workflowrunrelatedentities2evals1 import WorkflowRunRelatedEntities2Evals1
from .workflowrunrelatedentities2evals2 import WorkflowRunRelatedEntities2Evals2
from .workflowrunrelatedentities2evals3 import WorkflowRunRelatedEntities2Evals3

__all__ = [
    "WorkflowRunEvals2RelatedEntities",
    "decode_workflow_run_evals2_related_entities",
    "encode_workflow_run_evals2_related_entities",
]


WorkflowRunEvals2RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals1,
    WorkflowRunRelatedEntities2Evals2,
    WorkflowRunRelatedEntities2Evals3,
    WorkflowRunRelatedEntities24,
]
""""""


def decode_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunEvals2RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities24.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals3.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities24.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_related_entities(
    value: WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
