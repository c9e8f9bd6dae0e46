"""components models: WorkflowRunEvals3Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities3evals61 import WorkflowRunRelatedEntities3Evals61
from .workflowrunrelatedentities3evals62 import WorkflowRunRelatedEntities3Evals62
from .workflowrunrelatedentities3evals63 import WorkflowRunRelatedEntities3Evals63
from .workflowrunrelatedentities3evals64 import WorkflowRunRelatedEntities3Evals64

__all__ = [
    "WorkflowRunEvals3Evals6RelatedEntities",
    "decode_workflow_run_evals3_evals6_related_entities",
    "encode_workflow_run_evals3_evals6_related_entities",
]


WorkflowRunEvals3Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities3Evals61,
    WorkflowRunRelatedEntities3Evals62,
    WorkflowRunRelatedEntities3Evals63,
    WorkflowRunRelatedEntities3Evals64,
]


def decode_workflow_run_evals3_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals3Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities3Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities3Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities3Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals6_related_entities(
    value: WorkflowRunEvals3Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
