"""components models: WorkflowRunEvals2Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals41 import WorkflowRunRelatedEntities2Evals41
from .workflowrunrelatedentities2evals42 import WorkflowRunRelatedEntities2Evals42
from .workflowrunrelatedentities2evals43 import WorkflowRunRelatedEntities2Evals43
from .workflowrunrelatedentities2evals44 import WorkflowRunRelatedEntities2Evals44

__all__ = [
    "WorkflowRunEvals2Evals4RelatedEntities",
    "decode_workflow_run_evals2_evals4_related_entities",
    "encode_workflow_run_evals2_evals4_related_entities",
]


WorkflowRunEvals2Evals4RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals41,
    WorkflowRunRelatedEntities2Evals42,
    WorkflowRunRelatedEntities2Evals43,
    WorkflowRunRelatedEntities2Evals44,
]


def decode_workflow_run_evals2_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals4_related_entities(
    value: WorkflowRunEvals2Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
