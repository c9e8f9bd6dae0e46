"""components models: WorkflowRunEvals1Evals7WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals7workflowrun1 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRun1,
)
from .workflowrunrelatedentities1evals7workflowrun2 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRun2,
)
from .workflowrunrelatedentities1evals7workflowrun3 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRun3,
)
from .workflowrunrelatedentities1evals7workflowrun4 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRun4,
)

__all__ = [
    "WorkflowRunEvals1Evals7WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_evals1_evals7_workflow_run_evals_related_entities",
    "encode_workflow_run_evals1_evals7_workflow_run_evals_related_entities",
]


WorkflowRunEvals1Evals7WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals7WorkflowRun1,
    WorkflowRunRelatedEntities1Evals7WorkflowRun2,
    WorkflowRunRelatedEntities1Evals7WorkflowRun3,
    WorkflowRunRelatedEntities1Evals7WorkflowRun4,
]


def decode_workflow_run_evals1_evals7_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals7WorkflowRunEvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals7WorkflowRun1.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals7WorkflowRun2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals7WorkflowRun3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals7WorkflowRun4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_evals7_workflow_run_evals_related_entities(
    value: WorkflowRunEvals1Evals7WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
