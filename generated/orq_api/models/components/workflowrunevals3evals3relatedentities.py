"""components models: WorkflowRunEvals3Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals31 import WorkflowRunRelatedEntities3Evals31
from .workflowrunrelatedentities3evals32 import WorkflowRunRelatedEntities3Evals32
from .workflowrunrelatedentities3evals33 import WorkflowRunRelatedEntities3Evals33
from .workflowrunrelatedentities3evals34 import WorkflowRunRelatedEntities3Evals34

__all__ = [
    "WorkflowRunEvals3Evals3RelatedEntities",
    "decode_workflow_run_evals3_evals3_related_entities",
    "encode_workflow_run_evals3_evals3_related_entities",
]


WorkflowRunEvals3Evals3RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals31,
    WorkflowRunRelatedEntities3Evals32,
    WorkflowRunRelatedEntities3Evals33,
    WorkflowRunRelatedEntities3Evals34,
]


def decode_workflow_run_evals3_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals3_related_entities(
    value: WorkflowRunEvals3Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
