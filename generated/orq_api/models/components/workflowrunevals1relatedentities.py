"""components models: WorkflowRunEvals1RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals31 import WorkflowRunRelatedEntities1Evals31
from .workflowrunrelatedentities1evals32 import WorkflowRunRelatedEntities1Evals32
from .workflowrunrelatedentities1evals33 import WorkflowRunRelatedEntities1Evals33
from .workflowrunrelatedentities1evals34 import WorkflowRunRelatedEntities1Evals34

__all__ = [
    "WorkflowRunEvals1RelatedEntities",
    "decode_workflow_run_evals1_related_entities",
    "encode_workflow_run_evals1_related_entities",
]


WorkflowRunEvals1RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals31,
    WorkflowRunRelatedEntities1Evals32,
    WorkflowRunRelatedEntities1Evals33,
    WorkflowRunRelatedEntities1Evals34,
]


def decode_workflow_run_evals1_related_entities(
    data: Any,
) -> WorkflowRunEvals1RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_related_entities(
    value: WorkflowRunEvals1RelatedEntities,
) -> Any:
    return value.to_dict()
