"""components models: WorkflowRunEvals2Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals61 import WorkflowRunRelatedEntities2Evals61
from .workflowrunrelatedentities2evals62 import WorkflowRunRelatedEntities2Evals62
from .workflowrunrelatedentities2evals63 import WorkflowRunRelatedEntities2Evals63
from .workflowrunrelatedentities2evals64 import WorkflowRunRelatedEntities2Evals64

__all__ = [
    "WorkflowRunEvals2Evals6RelatedEntities",
    "decode_workflow_run_evals2_evals6_related_entities",
    "encode_workflow_run_evals2_evals6_related_entities",
]


WorkflowRunEvals2Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals61,
    WorkflowRunRelatedEntities2Evals62,
    WorkflowRunRelatedEntities2Evals63,
    WorkflowRunRelatedEntities2Evals64,
]
""""""


def decode_workflow_run_evals2_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities2Evals61.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals62.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals63.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2Evals64.from_dict, data),
        ]
    )


def encode_workflow_run_evals2_evals6_related_entities(
    value: WorkflowRunEvals2Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
