"""components models: WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals1 import WorkflowRunRelatedEntities1Evals1
from .workflowrunrelatedentities1evals2 import WorkflowRunRelatedEntities1Evals2
from .workflowrunrelatedentities1evals3 import WorkflowRunRelatedEntities1Evals3
from .workflowrunrelatedentities1evals4 import WorkflowRunRelatedEntities1Evals4

__all__ = [
    "WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_evals_related_entities",
    "encode_workflow_run_evals_related_entities",
]


WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals1,
    WorkflowRunRelatedEntities1Evals2,
    WorkflowRunRelatedEntities1Evals3,
    WorkflowRunRelatedEntities1Evals4,
]


def decode_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunEvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals_related_entities(
    value: WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
