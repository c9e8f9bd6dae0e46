"""components models: WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities24 import WorkflowRunRelatedEntities24
from .workflowrunrelatedentities2evals1 import WorkflowRunRelatedEntities2Evals1
from .workflowrunrelatedentities2evals2 import WorkflowRunRelatedEntities2Evals2
from .workflowrunrelatedentities2evals3 import WorkflowRunRelatedEntities2Evals3

__all__ = [
    "WorkflowRunEvals2RelatedEntities",
    "decode_workflow_run_evals2_related_entities",
    "encode_workflow_run_evals2_related_entities",
]


WorkflowRunEvals2RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals1,
    WorkflowRunRelatedEntities2Evals2,
    WorkflowRunRelatedEntities2Evals3,
    WorkflowRunRelatedEntities24,
]


def decode_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunEvals2RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities24.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_related_entities(
    value: WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
