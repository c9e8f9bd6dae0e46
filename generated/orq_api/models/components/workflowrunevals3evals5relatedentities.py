"""components models: WorkflowRunEvals3Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals51 import WorkflowRunRelatedEntities3Evals51
from .workflowrunrelatedentities3evals52 import WorkflowRunRelatedEntities3Evals52
from .workflowrunrelatedentities3evals53 import WorkflowRunRelatedEntities3Evals53
from .workflowrunrelatedentities3evals54 import WorkflowRunRelatedEntities3Evals54

__all__ = [
    "WorkflowRunEvals3Evals5RelatedEntities",
    "decode_workflow_run_evals3_evals5_related_entities",
    "encode_workflow_run_evals3_evals5_related_entities",
]


WorkflowRunEvals3Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals51,
    WorkflowRunRelatedEntities3Evals52,
    WorkflowRunRelatedEntities3Evals53,
    WorkflowRunRelatedEntities3Evals54,
]


def decode_workflow_run_evals3_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals5_related_entities(
    value: WorkflowRunEvals3Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
