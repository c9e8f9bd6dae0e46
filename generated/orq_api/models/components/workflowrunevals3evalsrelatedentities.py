"""components models: WorkflowRunEvals3EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals21 import WorkflowRunRelatedEntities3Evals21
from .workflowrunrelatedentities3evals22 import WorkflowRunRelatedEntities3Evals22
from .workflowrunrelatedentities3evals23 import WorkflowRunRelatedEntities3Evals23
from .workflowrunrelatedentities3evals4 import WorkflowRunRelatedEntities3Evals4

__all__ = [
    "WorkflowRunEvals3EvalsRelatedEntities",
    "decode_workflow_run_evals3_evals_related_entities",
    "encode_workflow_run_evals3_evals_related_entities",
]


WorkflowRunEvals3EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals21,
    WorkflowRunRelatedEntities3Evals22,
    WorkflowRunRelatedEntities3Evals23,
    WorkflowRunRelatedEntities3Evals4,
]


def decode_workflow_run_evals3_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals3EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals21.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals22.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals23.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals_related_entities(
    value: WorkflowRunEvals3EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
