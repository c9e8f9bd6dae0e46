"""components models: WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals7workflowrunevals1 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals1,
)
from .workflowrunrelatedentities3evals7workflowrunevals2 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals2,
)
from .workflowrunrelatedentities3evals7workflowrunevals3 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals3,
)
from .workflowrunrelatedentities3evals7workflowrunevals4 import (
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals4,
)

__all__ = [
    "WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities",
    "decode_workflow_run_evals3_evals7_workflow_run_evals2_related_entities",
    "encode_workflow_run_evals3_evals7_workflow_run_evals2_related_entities",
]


WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals1,
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals2,
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals3,
    WorkflowRunRelatedEntities3Evals7WorkflowRunEvals4,
]


def decode_workflow_run_evals3_evals7_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals7WorkflowRunEvals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals7_workflow_run_evals2_related_entities(
    value: WorkflowRunEvals3Evals7WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
