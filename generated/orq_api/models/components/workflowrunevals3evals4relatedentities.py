"""components models: WorkflowRunEvals3Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals41 import WorkflowRunRelatedEntities3Evals41
from .workflowrunrelatedentities3evals42 import WorkflowRunRelatedEntities3Evals42
from .workflowrunrelatedentities3evals43 import WorkflowRunRelatedEntities3Evals43
from .workflowrunrelatedentities3evals44 import WorkflowRunRelatedEntities3Evals44

__all__ = [
    "WorkflowRunEvals3Evals4RelatedEntities",
    "decode_workflow_run_evals3_evals4_related_entities",
    "encode_workflow_run_evals3_evals4_related_entities",
]


WorkflowRunEvals3Evals4RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals41,
    WorkflowRunRelatedEntities3Evals42,
    WorkflowRunRelatedEntities3Evals43,
    WorkflowRunRelatedEntities3Evals44,
]


def decode_workflow_run_evals3_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals4_related_entities(
    value: WorkflowRunEvals3Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
