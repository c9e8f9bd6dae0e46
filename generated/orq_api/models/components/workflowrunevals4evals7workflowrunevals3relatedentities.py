"""components models: WorkflowRunEvals4Evals7WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals7workflowrunevals31 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals31,
)
from .workflowrunrelatedentities4evals7workflowrunevals32 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals32,
)
from .workflowrunrelatedentities4evals7workflowrunevals33 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals33,
)
from .workflowrunrelatedentities4evals7workflowrunevals34 import (
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals34,
)

__all__ = [
    "WorkflowRunEvals4Evals7WorkflowRunEvals3RelatedEntities",
    "decode_workflow_run_evals4_evals7_workflow_run_evals3_related_entities",
    "encode_workflow_run_evals4_evals7_workflow_run_evals3_related_entities",
]


WorkflowRunEvals4Evals7WorkflowRunEvals3RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals31,
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals32,
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals33,
    WorkflowRunRelatedEntities4Evals7WorkflowRunEvals34,
]


def decode_workflow_run_evals4_evals7_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals7WorkflowRunEvals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities4Evals7WorkflowRunEvals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities4Evals7WorkflowRunEvals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities4Evals7WorkflowRunEvals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities4Evals7WorkflowRunEvals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals4_evals7_workflow_run_evals3_related_entities(
    value: WorkflowRunEvals4Evals7WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
