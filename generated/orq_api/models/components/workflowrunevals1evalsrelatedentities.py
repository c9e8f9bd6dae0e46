"""components models: WorkflowRunEvals1EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals41 import WorkflowRunRelatedEntities1Evals41
from .workflowrunrelatedentities1evals42 import WorkflowRunRelatedEntities1Evals42
from .workflowrunrelatedentities1evals43 import WorkflowRunRelatedEntities1Evals43
from .workflowrunrelatedentities1evals44 import WorkflowRunRelatedEntities1Evals44

__all__ = [
    "WorkflowRunEvals1EvalsRelatedEntities",
    "decode_workflow_run_evals1_evals_related_entities",
    "encode_workflow_run_evals1_evals_related_entities",
]


WorkflowRunEvals1EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals41,
    WorkflowRunRelatedEntities1Evals42,
    WorkflowRunRelatedEntities1Evals43,
    WorkflowRunRelatedEntities1Evals44,
]


def decode_workflow_run_evals1_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals1EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_evals_related_entities(
    value: WorkflowRunEvals1EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
