"""components models: WorkflowRunEvals1Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals71 import WorkflowRunRelatedEntities1Evals71
from .workflowrunrelatedentities1evals72 import WorkflowRunRelatedEntities1Evals72
from .workflowrunrelatedentities1evals73 import WorkflowRunRelatedEntities1Evals73
from .workflowrunrelatedentities1evals74 import WorkflowRunRelatedEntities1Evals74

__all__ = [
    "WorkflowRunEvals1Evals7RelatedEntities",
    "decode_workflow_run_evals1_evals7_related_entities",
    "encode_workflow_run_evals1_evals7_related_entities",
]


WorkflowRunEvals1Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals71,
    WorkflowRunRelatedEntities1Evals72,
    WorkflowRunRelatedEntities1Evals73,
    WorkflowRunRelatedEntities1Evals74,
]


def decode_workflow_run_evals1_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_evals7_related_entities(
    value: WorkflowRunEvals1Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
