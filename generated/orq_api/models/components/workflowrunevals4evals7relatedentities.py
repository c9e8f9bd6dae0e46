"""components models: WorkflowRunEvals4Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals71 import WorkflowRunRelatedEntities4Evals71
from .workflowrunrelatedentities4evals72 import WorkflowRunRelatedEntities4Evals72
from .workflowrunrelatedentities4evals73 import WorkflowRunRelatedEntities4Evals73
from .workflowrunrelatedentities4evals74 import WorkflowRunRelatedEntities4Evals74

__all__ = [
    "WorkflowRunEvals4Evals7RelatedEntities",
    "decode_workflow_run_evals4_evals7_related_entities",
    "encode_workflow_run_evals4_evals7_related_entities",
]


WorkflowRunEvals4Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals71,
    WorkflowRunRelatedEntities4Evals72,
    WorkflowRunRelatedEntities4Evals73,
    WorkflowRunRelatedEntities4Evals74,
]


def decode_workflow_run_evals4_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities4Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities4Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities4Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities4Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals4_evals7_related_entities(
    value: WorkflowRunEvals4Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
