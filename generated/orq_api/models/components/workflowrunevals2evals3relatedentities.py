"""components models: WorkflowRunEvals2Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals31 import WorkflowRunRelatedEntities2Evals31
from .workflowrunrelatedentities2evals32 import WorkflowRunRelatedEntities2Evals32
from .workflowrunrelatedentities2evals33 import WorkflowRunRelatedEntities2Evals33
from .workflowrunrelatedentities2evals34 import WorkflowRunRelatedEntities2Evals34

__all__ = [
    "WorkflowRunEvals2Evals3RelatedEntities",
    "decode_workflow_run_evals2_evals3_related_entities",
    "encode_workflow_run_evals2_evals3_related_entities",
]


WorkflowRunEvals2Evals3RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals31,
    WorkflowRunRelatedEntities2Evals32,
    WorkflowRunRelatedEntities2Evals33,
    WorkflowRunRelatedEntities2Evals34,
]


def decode_workflow_run_evals2_evals3_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals3_related_entities(
    value: WorkflowRunEvals2Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
