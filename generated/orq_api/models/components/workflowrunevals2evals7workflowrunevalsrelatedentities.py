"""components models: WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals7workflowrun1 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun1,
)
from .workflowrunrelatedentities2evals7workflowrun2 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun2,
)
from .workflowrunrelatedentities2evals7workflowrun3 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun3,
)
from .workflowrunrelatedentities2evals7workflowrun4 import (
    WorkflowRunRelatedEntities2Evals7WorkflowRun4,
)

__all__ = [
    "WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_evals2_evals7_workflow_run_evals_related_entities",
    "encode_workflow_run_evals2_evals7_workflow_run_evals_related_entities",
]


WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals7WorkflowRun1,
    WorkflowRunRelatedEntities2Evals7WorkflowRun2,
    WorkflowRunRelatedEntities2Evals7WorkflowRun3,
    WorkflowRunRelatedEntities2Evals7WorkflowRun4,
]


def decode_workflow_run_evals2_evals7_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals7WorkflowRun1.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals7WorkflowRun2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals7WorkflowRun3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals7WorkflowRun4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals7_workflow_run_evals_related_entities(
    value: WorkflowRunEvals2Evals7WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
