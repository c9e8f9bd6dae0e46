"""components models: WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals7workflowrunevals41 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41,
)
from .workflowrunrelatedentities1evals7workflowrunevals42 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42,
)
from .workflowrunrelatedentities1evals7workflowrunevals43 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43,
)
from .workflowrunrelatedentities1evals7workflowrunevals44 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44,
)

__all__ = [
    "WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities",
    "decode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities",
    "encode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities",
]


WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41,
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42,
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43,
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44,
]
""""""


def decode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44.from_dict, data
            ),
        ]
    )


def encode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities(
    value: WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
