"""components models: WorkflowRunEvals2EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals21 import WorkflowRunRelatedEntities2Evals21
from .workflowrunrelatedentities2evals22 import WorkflowRunRelatedEntities2Evals22
from .workflowrunrelatedentities2evals23 import WorkflowRunRelatedEntities2Evals23
from .workflowrunrelatedentities2evals4 import WorkflowRunRelatedEntities2Evals4

__all__ = [
    "WorkflowRunEvals2EvalsRelatedEntities",
    "decode_workflow_run_evals2_evals_related_entities",
    "encode_workflow_run_evals2_evals_related_entities",
]


WorkflowRunEvals2EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals21,
    WorkflowRunRelatedEntities2Evals22,
    WorkflowRunRelatedEntities2Evals23,
    WorkflowRunRelatedEntities2Evals4,
]


def decode_workflow_run_evals2_evals_related_entities(
    data: Any,
) -> WorkflowRunEvals2EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals21.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals22.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals23.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals_related_entities(
    value: WorkflowRunEvals2EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
