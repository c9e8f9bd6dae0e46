"""components models: WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities34 import WorkflowRunRelatedEntities34
from .workflowrunrelatedentities3evals1 import WorkflowRunRelatedEntities3Evals1
from .workflowrunrelatedentities3evals2 import WorkflowRunRelatedEntities3Evals2
from .workflowrunrelatedentities3evals3 import WorkflowRunRelatedEntities3Evals3

__all__ = [
    "WorkflowRunEvals3RelatedEntities",
    "decode_workflow_run_evals3_related_entities",
    "encode_workflow_run_evals3_related_entities",
]


WorkflowRunEvals3RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals1,
    WorkflowRunRelatedEntities3Evals2,
    WorkflowRunRelatedEntities3Evals3,
    WorkflowRunRelatedEntities34,
]


def decode_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_related_entities(
    value: WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
