"""components models: WorkflowRunEvals3Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals71 import WorkflowRunRelatedEntities3Evals71
from .workflowrunrelatedentities3evals72 import WorkflowRunRelatedEntities3Evals72
from .workflowrunrelatedentities3evals73 import WorkflowRunRelatedEntities3Evals73
from .workflowrunrelatedentities3evals74 import WorkflowRunRelatedEntities3Evals74

__all__ = [
    "WorkflowRunEvals3Evals7RelatedEntities",
    "decode_workflow_run_evals3_evals7_related_entities",
    "encode_workflow_run_evals3_evals7_related_entities",
]


WorkflowRunEvals3Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals71,
    WorkflowRunRelatedEntities3Evals72,
    WorkflowRunRelatedEntities3Evals73,
    WorkflowRunRelatedEntities3Evals74,
]


def decode_workflow_run_evals3_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals7_related_entities(
    value: WorkflowRunEvals3Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
