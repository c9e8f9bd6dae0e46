"""components models: WorkflowRunEvals2Evals7WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals7workflowrunevals1 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals1,
)
from .workflowrunrelatedentities2evals7workflowrunevals2 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals2,
)
from .workflowrunrelatedentities2evals7workflowrunevals3 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals3,
)
from .workflowrunrelatedentities2evals7workflowrunevals4 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals4,
)

__all__ = [
    "WorkflowRunEvals2Evals7WorkflowRunEvals2RelatedEntities",
    "decode_workflow_run_evals2_evals7_workflow_run_evals2_related_entities",
    "encode_workflow_run_evals2_evals7_workflow_run_evals2_related_entities",
]


WorkflowRunEvals2Evals7WorkflowRunEvals2RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals1,
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals2,
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals3,
    WorkflowRunRelatedEntities2Evals7WorkflowRunEvals4,
]
""""""


def decode_workflow_run_evals2_evals7_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals7WorkflowRunEvals2RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRunEvals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRunEvals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRunEvals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities2Evals7WorkflowRunEvals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunRelatedEntities2Evals7WorkflowRunEvals1.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities2Evals7WorkflowRunEvals2.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities2Evals7WorkflowRunEvals3.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunRelatedEntities2Evals7WorkflowRunEvals4.from_dict, data
            ),
        ]
    )


def encode_workflow_run_evals2_evals7_workflow_run_evals2_related_entities(
    value: WorkflowRunEvals2Evals7WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
