"""components models: WorkflowRunEvals2Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals71 import WorkflowRunRelatedEntities2Evals71
from .workflowrunrelatedentities2evals72 import WorkflowRunRelatedEntities2Evals72
from .workflowrunrelatedentities2evals73 import WorkflowRunRelatedEntities2Evals73
from .workflowrunrelatedentities2evals74 import WorkflowRunRelatedEntities2Evals74

__all__ = [
    "WorkflowRunEvals2Evals7RelatedEntities",
    "decode_workflow_run_evals2_evals7_related_entities",
    "encode_workflow_run_evals2_evals7_related_entities",
]


WorkflowRunEvals2Evals7RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals71,
    WorkflowRunRelatedEntities2Evals72,
    WorkflowRunRelatedEntities2Evals73,
    WorkflowRunRelatedEntities2Evals74,
]


def decode_workflow_run_evals2_evals7_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals7_related_entities(
    value: WorkflowRunEvals2Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
