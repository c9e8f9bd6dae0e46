"""components models: WorkflowRunEvals4EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals21 import WorkflowRunRelatedEntities4Evals21
from .workflowrunrelatedentities4evals22 import WorkflowRunRelatedEntities4Evals22
from .workflowrunrelatedentities4evals23 import WorkflowRunRelatedEntities4Evals23
from .workflowrunrelatedentities4evals24 import WorkflowRunRelatedEntities4Evals24

__all__ = [
    "WorkflowRunEvals4EvalsRelatedEntities",
    "decode_workflow_run_evals4_evals_related_entities",
    "encode_workflow_run_evals4_evals_related_entities",
]


WorkflowRunEvals4EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals21,
    WorkflowRunRelatedEntities4Evals22,
    WorkflowRunRelatedEntities4Evals23,
    WorkflowRunRelatedEntities4Evals24,
]


def decode_workflow_run_evals4_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals4EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities4Evals21.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities4Evals22.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities4Evals23.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities4Evals24.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals4_evals_related_entities(
    value: WorkflowRunEvals4EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
