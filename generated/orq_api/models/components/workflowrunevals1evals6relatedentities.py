"""components models: WorkflowRunEvals1Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals61 import WorkflowRunRelatedEntities1Evals61
from .workflowrunrelatedentities1evals62 import WorkflowRunRelatedEntities1Evals62
from .workflowrunrelatedentities1evals63 import WorkflowRunRelatedEntities1Evals63
from .workflowrunrelatedentities1evals64 import WorkflowRunRelatedEntities1Evals64

__all__ = [
    "WorkflowRunEvals1Evals6RelatedEntities",
    "decode_workflow_run_evals1_evals6_related_entities",
    "encode_workflow_run_evals1_evals6_related_entities",
]


WorkflowRunEvals1Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals61,
    WorkflowRunRelatedEntities1Evals62,
    WorkflowRunRelatedEntities1Evals63,
    WorkflowRunRelatedEntities1Evals64,
]
""""""


def decode_workflow_run_evals1_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1Evals61.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals62.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals63.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities1Evals64.from_dict, data),
        ]
    )


def encode_workflow_run_evals1_evals6_related_entities(
    value: WorkflowRunEvals1Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
